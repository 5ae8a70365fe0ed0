/**
 * The visible texts of the replica pages for the tasks beyond the objection, per language.
 * The words the playbooks match come from docs/meta-pages.md ("Beyond the objection");
 * the rest is filler in the register of Meta's pages. Typography as in i18n.ts.
 */
import type { ReplicaLang } from './i18n';

const NBSP = '\u00a0';

export interface TaskTexts {
  fbPosts: {
    title: string;
    settings: string;
    posts: string;
    futureRow: string;
    futureHint: string;
    /** aria-label of the audience buttons, as Meta writes it: "Edit privacy. Sharing with Public." */
    audience: (who: string) => string;
    public: string;
    friends: string;
    /** A second audience row, so that the page has several "Edit privacy. Sharing with …" buttons. */
    friendsListRow: string;
    pastRow: string;
    pastHint: string;
    limitButton: string;
    dialogTitle: string;
    dialogText: string;
    dialogConfirm: string;
    cancel: string;
    checkupTitle: string;
    checkupTopic: string;
  };
  igPrivacy: {
    title: string;
    section: string;
    privateAccount: string;
    hint: string;
    professionalNote: string;
    dialogTitle: string;
    dialogPoints: readonly string[];
    dialogConfirm: string;
    cancel: string;
  };
  waForm: {
    title: string;
    intro: string;
    question: string;
    options: readonly string[];
    /** Index in `options` of the objection choice. */
    objection: number;
    email: string;
    phone: string;
    message: string;
    send: string;
    thanks: string;
    errorEmail: string;
    errorPhone: string;
  };
}

const en: TaskTexts = {
  fbPosts: {
    title: 'Posts | Facebook',
    settings: 'Settings',
    posts: 'Posts',
    futureRow: 'Who can see your future posts?',
    futureHint: 'This setting applies to new posts.',
    audience: (who) => `Edit privacy. Sharing with ${who}.`,
    public: 'Public',
    friends: 'Friends', friendsListRow: 'Who can see your friends list?',
    pastRow: 'Limit who can see past posts',
    pastHint: 'Limit the audience for posts you\'ve shared with Public or Friends of friends to Friends.',
    limitButton: 'Limit past posts',
    dialogTitle: 'Limit old posts?',
    dialogText: 'This will change all your past posts shared with Public or Friends of friends to Friends. If you want to change who can see these posts again, you will need to change each post one by one.',
    dialogConfirm: 'Limit old posts',
    cancel: 'Cancel',
    checkupTitle: 'Privacy Checkup',
    checkupTopic: 'Who can see what you share',
  },
  igPrivacy: {
    title: 'Account privacy • Instagram',
    section: 'Account privacy',
    privateAccount: 'Private account',
    hint: 'When your account is public, your profile and posts can be seen by anyone, on or off Instagram. When your account is private, only the followers you approve can see what you share.',
    professionalNote: 'Professional accounts can\'t be private. To make your account private, switch to a personal account first.',
    dialogTitle: 'Switch to private account?',
    dialogPoints: [
      'Only your followers will be able to see your photos and videos.',
      'This won\'t change who can see your profile picture and bio.',
    ],
    dialogConfirm: 'Switch to private',
    cancel: 'Cancel',
  },
  waForm: {
    title: 'Data Subject Rights Form',
    intro: 'Use this form to contact WhatsApp about your data protection rights.',
    question: 'What is your question about?',
    options: [
      'How can I access my information',
      'How can I correct my information',
      'How can I make an objection to the processing of my information',
      'Something else',
    ],
    objection: 2,
    email: 'Email address',
    phone: 'Phone number (with country code)',
    message: 'Your message',
    send: 'Send',
    thanks: 'Thanks for contacting us. We\'ve received your request and will reply by email.',
    errorEmail: 'Please enter your email address.',
    errorPhone: 'Please enter your phone number.',
  },
};

const fr: TaskTexts = {
  fbPosts: {
    title: 'Publications | Facebook',
    settings: 'Paramètres',
    posts: 'Publications',
    futureRow: `Qui peut voir vos futures publications${NBSP}?`,
    futureHint: 'Ce paramètre s’applique aux nouvelles publications.',
    audience: (who) => `Modifier la confidentialité. Partagé avec ${who}.`,
    public: 'Public',
    friends: 'Amis', friendsListRow: 'Qui peut voir votre liste d’amis ?',
    pastRow: 'Limiter l’audience des anciennes publications',
    pastHint: 'Limitez aux amis l’audience des publications que vous avez partagées avec le public ou les amis de vos amis.',
    limitButton: 'Limiter les anciennes publications',
    dialogTitle: `Limiter les anciennes publications${NBSP}?`,
    dialogText: 'Toutes vos anciennes publications partagées avec le public ou les amis de vos amis seront partagées avec vos amis. Pour changer à nouveau leur audience, vous devrez modifier chaque publication une par une.',
    dialogConfirm: 'Confirmer',
    cancel: 'Annuler',
    checkupTitle: 'Assistance confidentialité',
    checkupTopic: 'Qui peut voir ce que vous partagez',
  },
  igPrivacy: {
    title: 'Confidentialité du compte • Instagram',
    section: 'Confidentialité du compte',
    privateAccount: 'Compte privé',
    hint: 'Lorsque votre compte est public, votre profil et vos publications sont visibles par tout le monde, sur Instagram ou ailleurs. Lorsque votre compte est privé, seuls les followers que vous approuvez peuvent voir ce que vous partagez.',
    professionalNote: 'Les comptes professionnels ne peuvent pas être privés. Pour rendre votre compte privé, passez d’abord à un compte personnel.',
    dialogTitle: `Passer en compte privé${NBSP}?`,
    dialogPoints: [
      'Seuls vos followers pourront voir vos photos et vos vidéos.',
      'Cela ne change pas qui peut voir votre photo de profil et votre bio.',
    ],
    dialogConfirm: 'Passer en privé',
    cancel: 'Annuler',
  },
  waForm: {
    title: 'Formulaire relatif aux droits des personnes concernées',
    intro: 'Utilisez ce formulaire pour contacter WhatsApp au sujet de vos droits en matière de protection des données.',
    question: `Quel est l’objet de votre question${NBSP}?`,
    options: [
      `Comment accéder à mes informations${NBSP}?`,
      `Comment rectifier mes informations${NBSP}?`,
      `Comment formuler une opposition au traitement de mes informations${NBSP}?`,
      'Autre chose',
    ],
    objection: 2,
    email: 'Adresse e-mail',
    phone: 'Numéro de téléphone (avec l’indicatif du pays)',
    message: 'Votre message',
    send: 'Envoyer',
    thanks: 'Merci de nous avoir contactés. Nous avons bien reçu votre demande et vous répondrons par e-mail.',
    errorEmail: 'Saisissez votre adresse e-mail.',
    errorPhone: 'Saisissez votre numéro de téléphone.',
  },
};

const de: TaskTexts = {
  fbPosts: {
    ...en.fbPosts,
    title: 'Beiträge | Facebook', settings: 'Einstellungen', posts: 'Beiträge',
    futureRow: 'Wer kann deine zukünftigen Beiträge sehen?', futureHint: 'Diese Einstellung gilt für neue Beiträge.',
    audience: (who) => `Privatsphäre bearbeiten. Geteilt mit ${who}.`, public: 'Öffentlich', friends: 'Freunde', friendsListRow: 'Wer kann deine Freundesliste sehen?',
    pastRow: 'Einschränken, wer vergangene Beiträge sehen kann', pastHint: 'Schränke das Publikum deiner öffentlichen Beiträge und Beiträge für Freunde von Freunden auf Freunde ein.',
    limitButton: 'Frühere Beiträge einschränken', dialogTitle: 'Frühere Beiträge einschränken?',
    dialogText: 'Alle deine früheren Beiträge, die du öffentlich oder mit Freunden von Freunden geteilt hast, werden nur noch mit Freunden geteilt. Um das rückgängig zu machen, musst du jeden Beitrag einzeln ändern.',
    dialogConfirm: 'Bestätigen', cancel: 'Abbrechen', checkupTitle: 'Privatsphäre-Check', checkupTopic: 'Wer kann sehen, was du teilst',
  },
  igPrivacy: {
    title: 'Privatsphäre des Kontos • Instagram', section: 'Privatsphäre des Kontos', privateAccount: 'Privates Konto',
    hint: 'Wenn dein Konto öffentlich ist, können alle dein Profil und deine Beiträge sehen. Wenn es privat ist, sehen nur Follower, die du bestätigst, was du teilst.',
    professionalNote: 'Professionelle Konten können nicht privat sein. Wechsle zuerst zu einem privaten Konto.',
    dialogTitle: 'Zu privatem Konto wechseln?',
    dialogPoints: ['Nur deine Follower können deine Fotos und Videos sehen.', 'Wer dein Profilbild und deine Bio sehen kann, ändert sich nicht.'],
    dialogConfirm: 'Zu privat wechseln', cancel: 'Abbrechen',
  },
  waForm: {
    ...en.waForm,
    title: 'Formular zu den Rechten betroffener Personen', intro: 'Kontaktiere WhatsApp zu deinen Datenschutzrechten.',
    question: 'Worum geht es bei deiner Frage?',
    options: ['Wie kann ich auf meine Informationen zugreifen', 'Wie kann ich meine Informationen berichtigen', 'Wie kann ich der Verarbeitung meiner Informationen widersprechen', 'Etwas anderes'],
    email: 'E-Mail-Adresse', phone: 'Telefonnummer (mit Ländervorwahl)', message: 'Deine Nachricht', send: 'Senden',
    thanks: 'Danke, dass du uns kontaktiert hast. Wir haben deine Anfrage erhalten und antworten per E-Mail.',
    errorEmail: 'Gib deine E-Mail-Adresse ein.', errorPhone: 'Gib deine Telefonnummer ein.',
  },
};

const es: TaskTexts = {
  fbPosts: {
    ...en.fbPosts,
    title: 'Publicaciones | Facebook', settings: 'Configuración', posts: 'Publicaciones',
    futureRow: '¿Quién puede ver tus publicaciones futuras?', futureHint: 'Esta configuración se aplica a las publicaciones nuevas.',
    audience: (who) => `Editar privacidad. Compartido con ${who}.`, public: 'Público', friends: 'Amigos', friendsListRow: '¿Quién puede ver tu lista de amigos?',
    pastRow: 'Limitar quién puede ver las publicaciones anteriores', pastHint: 'Limita a Amigos el público de lo que compartiste con Público o Amigos de amigos.',
    limitButton: 'Limitar publicaciones anteriores', dialogTitle: '¿Limitar publicaciones anteriores?',
    dialogText: 'Todas tus publicaciones anteriores compartidas con Público o Amigos de amigos pasarán a Amigos. Para cambiarlo, tendrás que editar cada publicación una por una.',
    dialogConfirm: 'Confirmar', cancel: 'Cancelar', checkupTitle: 'Revisión de privacidad', checkupTopic: 'Quién puede ver lo que compartes',
  },
  igPrivacy: {
    title: 'Privacidad de la cuenta • Instagram', section: 'Privacidad de la cuenta', privateAccount: 'Cuenta privada',
    hint: 'Si tu cuenta es pública, cualquiera puede ver tu perfil y tus publicaciones. Si es privada, solo tus seguidores aprobados ven lo que compartes.',
    professionalNote: 'Las cuentas profesionales no pueden ser privadas. Cambia primero a una cuenta personal.',
    dialogTitle: '¿Cambiar a cuenta privada?',
    dialogPoints: ['Solo tus seguidores podrán ver tus fotos y vídeos.', 'Esto no cambia quién puede ver tu foto de perfil y tu biografía.'],
    dialogConfirm: 'Cambiar a privada', cancel: 'Cancelar',
  },
  waForm: {
    ...en.waForm,
    title: 'Formulario de derechos del interesado', intro: 'Usa este formulario para contactar con WhatsApp sobre tus derechos de protección de datos.',
    question: '¿Sobre qué es tu pregunta?',
    options: ['¿Cómo puedo acceder a mi información?', '¿Cómo puedo corregir mi información?', '¿Cómo puedo oponerme al tratamiento de mi información?', 'Otra cosa'],
    email: 'Correo electrónico', phone: 'Número de teléfono (con el prefijo del país)', message: 'Tu mensaje', send: 'Enviar',
    thanks: 'Gracias por ponerte en contacto. Hemos recibido tu solicitud y te responderemos por correo electrónico.',
    errorEmail: 'Introduce tu correo electrónico.', errorPhone: 'Introduce tu número de teléfono.',
  },
};

const it: TaskTexts = {
  fbPosts: {
    ...en.fbPosts,
    title: 'Post | Facebook', settings: 'Impostazioni', posts: 'Post',
    futureRow: 'Chi può vedere i tuoi post futuri?', futureHint: 'Questa impostazione si applica ai nuovi post.',
    audience: (who) => `Modifica la privacy. Condiviso con: ${who}.`, public: 'Tutti', friends: 'Amici', friendsListRow: 'Chi può vedere la tua lista di amici?',
    pastRow: 'Limita chi può vedere i post passati', pastHint: 'Limita ad Amici il pubblico dei post condivisi con Tutti o con Amici di amici.',
    limitButton: 'Limita i post passati', dialogTitle: 'Limitare i post passati?',
    dialogText: 'Tutti i tuoi post passati condivisi con Tutti o con Amici di amici saranno condivisi con Amici. Per cambiarlo dovrai modificare ogni post uno alla volta.',
    dialogConfirm: 'Conferma', cancel: 'Annulla', checkupTitle: 'Controllo della privacy', checkupTopic: 'Chi può vedere ciò che condividi',
  },
  igPrivacy: {
    title: 'Privacy dell’account • Instagram', section: 'Privacy dell’account', privateAccount: 'Account privato',
    hint: 'Se il tuo account è pubblico, chiunque può vedere il tuo profilo e i tuoi post. Se è privato, solo i follower che approvi vedono ciò che condividi.',
    professionalNote: 'Gli account professionali non possono essere privati. Passa prima a un account personale.',
    dialogTitle: 'Passare a un account privato?',
    dialogPoints: ['Solo i tuoi follower potranno vedere le tue foto e i tuoi video.', 'Chi può vedere la tua immagine del profilo e la tua biografia non cambia.'],
    dialogConfirm: 'Passa a privato', cancel: 'Annulla',
  },
  waForm: {
    ...en.waForm,
    title: 'Modulo sui diritti degli interessati', intro: 'Usa questo modulo per contattare WhatsApp sui tuoi diritti in materia di protezione dei dati.',
    question: 'Di cosa tratta la tua domanda?',
    options: ['Come posso accedere alle mie informazioni?', 'Come posso correggere le mie informazioni?', 'Come posso oppormi al trattamento delle mie informazioni?', 'Altro'],
    email: 'Indirizzo e-mail', phone: 'Numero di telefono (con prefisso internazionale)', message: 'Il tuo messaggio', send: 'Invia',
    thanks: 'Grazie per averci contattato. Abbiamo ricevuto la tua richiesta e ti risponderemo via e-mail.',
    errorEmail: 'Inserisci il tuo indirizzo e-mail.', errorPhone: 'Inserisci il tuo numero di telefono.',
  },
};

const nl: TaskTexts = {
  fbPosts: {
    ...en.fbPosts,
    title: 'Berichten | Facebook', settings: 'Instellingen', posts: 'Berichten',
    futureRow: 'Wie kan je toekomstige berichten zien?', futureHint: 'Deze instelling geldt voor nieuwe berichten.',
    audience: (who) => `Privacy bewerken. Gedeeld met ${who}.`, public: 'Openbaar', friends: 'Vrienden', friendsListRow: 'Wie kan je vriendenlijst zien?',
    pastRow: 'Beperken wie eerdere berichten kan zien', pastHint: 'Beperk het publiek van berichten die je met Openbaar of Vrienden van vrienden hebt gedeeld tot Vrienden.',
    limitButton: 'Eerdere berichten beperken', dialogTitle: 'Eerdere berichten beperken?',
    dialogText: 'Al je eerdere berichten die met Openbaar of Vrienden van vrienden zijn gedeeld, worden met Vrienden gedeeld. Om dat te wijzigen moet je elk bericht afzonderlijk aanpassen.',
    dialogConfirm: 'Bevestigen', cancel: 'Annuleren', checkupTitle: 'Privacycheck', checkupTopic: 'Wie kan zien wat je deelt',
  },
  igPrivacy: {
    title: 'Accountprivacy • Instagram', section: 'Accountprivacy', privateAccount: 'Privéaccount',
    hint: 'Als je account openbaar is, kan iedereen je profiel en berichten zien. Als het privé is, zien alleen volgers die je goedkeurt wat je deelt.',
    professionalNote: 'Professionele accounts kunnen niet privé zijn. Schakel eerst over naar een persoonlijk account.',
    dialogTitle: 'Overschakelen naar privéaccount?',
    dialogPoints: ['Alleen je volgers kunnen je foto\'s en video\'s zien.', 'Wie je profielfoto en bio kan zien, verandert niet.'],
    dialogConfirm: 'Overschakelen naar privé', cancel: 'Annuleren',
  },
  waForm: {
    ...en.waForm,
    title: 'Formulier voor rechten van betrokkenen', intro: 'Neem met dit formulier contact op met WhatsApp over je rechten op gegevensbescherming.',
    question: 'Waar gaat je vraag over?',
    options: ['Hoe kan ik mijn informatie inzien', 'Hoe kan ik mijn informatie corrigeren', 'Hoe kan ik bezwaar maken tegen de verwerking van mijn informatie', 'Iets anders'],
    email: 'E-mailadres', phone: 'Telefoonnummer (met landcode)', message: 'Je bericht', send: 'Verzenden',
    thanks: 'Bedankt voor je bericht. We hebben je verzoek ontvangen en antwoorden per e-mail.',
    errorEmail: 'Vul je e-mailadres in.', errorPhone: 'Vul je telefoonnummer in.',
  },
};

/** en-GB pages keep the English task texts (the settings pages use no spelling that differs). */
export const TASK_TEXTS: Record<ReplicaLang, TaskTexts> = { en, 'en-GB': en, fr, de, es, it, nl };
