import type { LabelKey } from '../domain';
import type { Language } from '../languages';

/**
 * Meta's words for the tasks beyond the objection (lib/playbooks/tasks/), merged into LABELS.
 *
 * Sources: /work/shared/meta-flow.md ("Beyond the objection"): Facebook's "Limit past posts"
 * (fr « Limiter l'audience des anciennes publications », de „Frühere Beiträge einschränken",
 * es "Limitar publicaciones anteriores", it "Limita i post passati") and its dialog ("Limit old
 * posts" / "Confirm"); Instagram's "Private account" (fr « Compte privé », it "Account privato")
 * and "Switch to private"; WhatsApp's "How can I make an objection to the processing of my
 * information" (fr « Comment formuler une opposition au traitement de mes informations ? »).
 * The other words are best-effort translations in Meta's register, to be confirmed on the live
 * sites. Lists are matched after folding case, accents, apostrophes and spaces.
 */
export const TASK_LABELS: Pick<Record<LabelKey, Partial<Record<Language, readonly string[]>>>,
  'limitPastPosts' | 'limitConfirm' | 'privateAccount' | 'switchToPrivate' | 'waObjectionOption' | 'phoneField'> = {
  /** Facebook's "Limit past posts" button on the Posts settings (row "Limit who can see past posts"). */
  limitPastPosts: {
    en: ['Limit past posts', 'Limit old posts'],
    fr: ['Limiter les anciennes publications', 'Limiter l’audience des anciennes publications'],
    de: ['Frühere Beiträge einschränken', 'Vergangene Beiträge einschränken'],
    es: ['Limitar publicaciones anteriores', 'Limitar publicaciones antiguas'],
    it: ['Limita i post passati', 'Limita i post meno recenti'],
    nl: ['Eerdere berichten beperken', 'Oude berichten beperken'],
    pl: ['Ogranicz wcześniejsze posty'],
    pt: ['Limitar publicações anteriores'],
  },
  /** The confirm button of the dialog "Limit old posts?", inside [role=dialog]. */
  limitConfirm: {
    en: ['Limit old posts', 'Limit past posts', 'Confirm'],
    fr: ['Limiter les anciennes publications', 'Confirmer'],
    de: ['Frühere Beiträge einschränken', 'Bestätigen'],
    es: ['Limitar publicaciones anteriores', 'Confirmar'],
    it: ['Limita i post passati', 'Conferma'],
    nl: ['Eerdere berichten beperken', 'Bevestigen'],
    pl: ['Ogranicz wcześniejsze posty', 'Potwierdź'],
    pt: ['Limitar publicações anteriores', 'Confirmar'],
  },
  /** Instagram's switch `input[role=switch][aria-label=…]` under "Account privacy". */
  privateAccount: {
    en: ['Private account'],
    fr: ['Compte privé'],
    de: ['Privates Konto'],
    es: ['Cuenta privada'],
    it: ['Account privato'],
    nl: ['Privéaccount', 'Privé-account'],
    pl: ['Konto prywatne'],
    pt: ['Conta privada'],
  },
  /** The confirm button of Instagram's dialog "Switch to private account?". */
  switchToPrivate: {
    en: ['Switch to private'],
    fr: ['Passer en privé'],
    de: ['Zu privat wechseln'],
    es: ['Cambiar a privada'],
    it: ['Passa a privato'],
    nl: ['Overschakelen naar privé'],
    pl: ['Przełącz na prywatne'],
    pt: ['Mudar para privada'],
  },
  /** The objection choice on WhatsApp's data subject rights form (matched as the start of the choice). */
  waObjectionOption: {
    en: ['How can I make an objection to the processing of my information'],
    fr: ['Comment formuler une opposition au traitement de mes informations'],
    de: ['Wie kann ich der Verarbeitung meiner Informationen widersprechen'],
    es: ['¿Cómo puedo oponerme al tratamiento de mi información', 'Cómo puedo oponerme al tratamiento de mi información'],
    it: ['Come posso oppormi al trattamento delle mie informazioni'],
    nl: ['Hoe kan ik bezwaar maken tegen de verwerking van mijn informatie'],
  },
  /** The phone number field of WhatsApp's form (after `input[type=tel]`). */
  phoneField: {
    en: ['Phone number', 'WhatsApp phone number'],
    fr: ['Numéro de téléphone', 'Numéro de téléphone WhatsApp'],
    de: ['Telefonnummer', 'WhatsApp-Telefonnummer'],
    es: ['Número de teléfono', 'Número de teléfono de WhatsApp'],
    it: ['Numero di telefono', 'Numero di telefono WhatsApp'],
    nl: ['Telefoonnummer', 'WhatsApp-telefoonnummer'],
  },
};
