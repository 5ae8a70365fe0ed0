import type { LabelKey } from '../domain';
import type { Language } from '../languages';

/**
 * The words Meta's desktop web pages show, per language, for each element the playbooks look for.
 * Lists are ordered most likely first; the playbooks decide how a list is matched
 * (exact / startsWith / contains on the normalised accessible name or text, apostrophes folded).
 *
 * Where these strings come from:
 * - en, fr, de, es, it, nl: /work/shared/meta-flow.md, completed with press and regulator guides
 *   that quote Meta's screens and e-mails:
 *   - fr: quatrys.fr/?p=8277 ("Paramètres et confidentialité > Centre de confidentialité",
 *     "IA générative – L’IA chez Meta", "Envoyer"), soononmars.com (notice "Vous avez le droit de
 *     vous opposer…", link "opposer"), macg.co (« Envoyer »), lebigdata.fr ("IA chez Meta").
 *   - de: leiser-edv.de, prosieben.de, infranken.de, bremenvier.de, radiowmw.de ("Einstellungen und
 *     Privatsphäre", "Widerspruchsrecht", link "zu widersprechen", "Bezieht sich deine Anfrage auf
 *     KI bei Meta?" Ja, "Senden"), mkln.org (Meta's e-mail: "Du kannst der Verwendung deiner
 *     Informationen zu diesen Zwecken widersprechen", "KI bei Meta"), kurier.at ("Wohnsitzland"),
 *     sourcinguwe.de (Instagram "Weitere Informationen und Support-Möglichkeiten").
 *   - it: tg24.sky.it, ilgiornale.it, adnkronos.com, notizienelmondo.it ("Impostazioni e privacy",
 *     "Centro per la privacy" / "Centro sulla privacy", "Hai diritto di opporti…", link "opporti",
 *     "invia", confirmation "Ciò significa che la tua richiesta verrà applicata d'ora in avanti…",
 *     "IA in Meta"), tg.la7.it (Instagram "Maggiori informazioni e assistenza", "Spiegaci che
 *     impatto ha su di te questo trattamento dei dati", "IA di Meta"), sigmar.it ("Paese di residenza").
 *   - es: lacapital.com.ar and xataka.com ("Derecho a oponerte", Instagram "Más información y
 *     ayuda"), codigonuevo.com and cadenadial.com (Meta's e-mail: "la IA en Meta", "Vamos a aceptar
 *     tu objeción"), nacion.com ("Configuración y privacidad", "Centro de privacidad").
 *   - nl: iphoned.nl ("Verzenden", "Accountcentrum"), consumentenbond.nl ("Instellingen >
 *     Privacycentrum"), welingelichtekringen.nl (link "bezwaar maken").
 *   - en: mgillion.be, sipoch.com ("Settings & Privacy", "Privacy Center", "AI at Meta", "Submit an
 *     objection request", "Send").
 * - Other languages found in public guides (the rest of their lists is best-effort):
 *   - pl: nczas.info, antyweb.pl, telepolis.pl ("Ustawienia i prywatność", "Centrum ochrony
 *     prywatności", "Prawo do sprzeciwu", "SI w Meta").
 *   - pt: noticiasaominuto.com.br quoting pt-PT screens ("Definições e privacidade", "Centro de
 *     Privacidade", "IA na Meta", form "Opõe-te à utilização das tuas informações pela IA na Meta"),
 *     nanobits.tv.br (pt-BR form: "País de residência", "Diga-nos como esse processamento afeta você").
 *   - cs: mobilmania.zive.cz ("Nastavení a soukromí", "Centrum soukromí", link "vznést námitku").
 *   - hu: transtelex.ro ("Beállítások és adatvédelem").
 *   - hr: bug.hr (form "Pošaljite prigovor na upotrebu vaših informacija za AI tvrtke Meta", "Pošalji").
 *   - fi: dawn.fi and damdamdidi.fi (link "oikeus vastustaa", "Tietosuojakeskus",
 *     "Generatiivinen tekoäly Metassa").
 *   - sv: musikerforbundet.se and dramatiker.se (link "rätt att invända", "Berätta hur
 *     behandlingen av information påverkar dig" – 2024 form).
 * - Everything else is a best-effort translation in the register Meta's UI uses in that language
 *   (Meta's UI is consistently translated); it must be confirmed on the live site. Nobody on the
 *   team could open facebook.com or instagram.com while writing this.
 *
 * French and Italian keep Meta's typographic apostrophe (U+2019) where Meta writes it; the matcher
 * folds apostrophes, so one spelling per string is enough.
 */
export const LABELS: Record<LabelKey, Partial<Record<Language, readonly string[]>>> = {
  /** Accessible name of Facebook's top-right account menu button (the profile picture). */
  fbAccountMenu: {
    en: ['Your profile', 'Account', 'Account controls and settings'],
    fr: ['Votre profil', 'Compte'],
    de: ['Dein Profil', 'Konto'],
    es: ['Tu perfil', 'Cuenta'],
    it: ['Il tuo profilo', 'Account'],
    nl: ['Jouw profiel', 'Je profiel', 'Account'],
    pl: ['Twój profil', 'Konto'],
    pt: ['O teu perfil', 'O seu perfil', 'Seu perfil', 'Conta'],
    bg: ['Вашият профил', 'Твоят профил', 'Акаунт'],
    cs: ['Váš profil', 'Tvůj profil', 'Účet'],
    da: ['Din profil', 'Konto'],
    el: ['Το προφίλ σας', 'Το προφίλ σου', 'Λογαριασμός'],
    et: ['Sinu profiil', 'Teie profiil', 'Konto'],
    fi: ['Oma profiilisi', 'Profiilisi', 'Tili'],
    ga: ['Do phróifíl', 'Cuntas'],
    hr: ['Vaš profil', 'Tvoj profil', 'Račun'],
    hu: ['Profilod', 'Saját profil', 'Fiók'],
    lt: ['Jūsų profilis', 'Tavo profilis', 'Paskyra'],
    lv: ['Jūsu profils', 'Tavs profils', 'Konts'],
    mt: ['Il-profil tiegħek', 'Your profile', 'Kont'],
    ro: ['Profilul tău', 'Profilul dvs.', 'Cont'],
    sk: ['Váš profil', 'Tvoj profil', 'Účet'],
    sl: ['Vaš profil', 'Tvoj profil', 'Račun'],
    sv: ['Din profil', 'Konto'],
  },

  /** Facebook account menu item "Settings & privacy". */
  settingsAndPrivacy: {
    en: ['Settings & privacy', 'Settings and privacy'],
    fr: ['Paramètres et confidentialité'],
    de: ['Einstellungen und Privatsphäre', 'Einstellungen & Privatsphäre'],
    es: ['Configuración y privacidad'],
    it: ['Impostazioni e privacy'],
    nl: ['Instellingen en privacy'],
    pl: ['Ustawienia i prywatność'],
    pt: ['Definições e privacidade', 'Configurações e privacidade'],
    bg: ['Настройки и поверителност'],
    cs: ['Nastavení a soukromí'],
    da: ['Indstillinger og privatliv', 'Indstillinger og beskyttelse af personlige oplysninger'],
    el: ['Ρυθμίσεις και απόρρητο'],
    et: ['Seaded ja privaatsus'],
    fi: ['Asetukset ja yksityisyys', 'Asetukset ja tietosuoja'],
    ga: ['Socruithe agus príobháideachas'],
    hr: ['Postavke i privatnost'],
    hu: ['Beállítások és adatvédelem'],
    lt: ['Nustatymai ir privatumas'],
    lv: ['Iestatījumi un konfidencialitāte', 'Iestatījumi un privātums'],
    mt: ['Settings u privatezza', 'Settings & privacy'],
    ro: ['Setări și confidențialitate'],
    sk: ['Nastavenia a súkromie'],
    sl: ['Nastavitve in zasebnost'],
    sv: ['Inställningar och integritet'],
  },

  /** "Privacy Center" (Facebook menu item, Instagram settings entry). */
  privacyCenter: {
    en: ['Privacy Center', 'Privacy Centre'],
    fr: ['Centre de confidentialité'],
    de: ['Privacy-Center', 'Privacy Center', 'Datenschutzcenter', 'Datenschutz-Center'],
    es: ['Centro de privacidad'],
    it: ['Centro per la privacy', 'Centro sulla privacy'],
    nl: ['Privacycentrum'],
    pl: ['Centrum ochrony prywatności', 'Centrum prywatności'],
    pt: ['Centro de Privacidade', 'Central de Privacidade'],
    bg: ['Център за поверителност'],
    cs: ['Centrum soukromí', 'Centrum ochrany soukromí'],
    da: ['Privatlivscenter', 'Privatlivscenteret'],
    el: ['Κέντρο απορρήτου'],
    et: ['Privaatsuskeskus'],
    fi: ['Tietosuojakeskus'],
    ga: ['Ionad Príobháideachta'],
    hr: ['Centar za privatnost'],
    hu: ['Adatvédelmi központ'],
    lt: ['Privatumo centras'],
    lv: ['Konfidencialitātes centrs', 'Privātuma centrs'],
    mt: ['Ċentru tal-Privatezza', 'Privacy Centre', 'Privacy Center'],
    ro: ['Centrul de confidențialitate'],
    sk: ['Centrum ochrany súkromia', 'Centrum súkromia'],
    sl: ['Center za zasebnost'],
    sv: ['Integritetscenter', 'Integritetscentret'],
  },

  /** Privacy Center topic "AI at Meta" (a link to /privacy/genai/). */
  aiAtMeta: {
    en: ['AI at Meta', 'Generative AI at Meta'],
    fr: ['L’IA chez Meta', 'IA chez Meta', 'L’IA générative chez Meta', 'IA générative chez Meta'],
    de: ['KI bei Meta', 'Generative KI bei Meta'],
    es: ['IA en Meta', 'La IA en Meta', 'IA generativa en Meta', 'AI en Meta'],
    it: ['IA in Meta', 'L’IA in Meta', 'IA di Meta', 'IA generativa in Meta', 'Generative AI at Meta'],
    nl: ['AI bij Meta', 'Generatieve AI bij Meta'],
    pl: ['SI w Meta', 'AI w Meta', 'Generatywna SI w Meta'],
    pt: ['IA na Meta', 'IA generativa na Meta'],
    bg: ['ИИ в Meta', 'Изкуствен интелект в Meta', 'Генеративен ИИ в Meta'],
    cs: ['AI ve společnosti Meta', 'Umělá inteligence ve společnosti Meta', 'Generativní AI ve společnosti Meta'],
    da: ['AI hos Meta', 'Generativ AI hos Meta'],
    el: ['ΤΝ στη Meta', 'Τεχνητή νοημοσύνη στη Meta', 'Παραγωγική ΤΝ στη Meta'],
    et: ['Tehisintellekt Metas', 'AI Metas', 'Generatiivne tehisintellekt Metas'],
    fi: ['Tekoäly Metassa', 'Generatiivinen tekoäly Metassa'],
    ga: ['IS ag Meta', 'Intleacht shaorga ag Meta'],
    hr: ['AI tvrtke Meta', 'Umjetna inteligencija tvrtke Meta', 'Generativni AI tvrtke Meta'],
    hu: ['MI a Metánál', 'Mesterséges intelligencia a Metánál', 'Generatív MI a Metánál'],
    lt: ['DI bendrovėje „Meta“', 'Dirbtinis intelektas bendrovėje „Meta“', 'Generatyvusis DI bendrovėje „Meta“'],
    lv: ['MI uzņēmumā Meta', 'Mākslīgais intelekts uzņēmumā Meta', 'Ģeneratīvais MI uzņēmumā Meta'],
    mt: ["L-IA f'Meta", 'AI at Meta'],
    ro: ['IA la Meta', 'Inteligența artificială la Meta', 'IA generativă la Meta'],
    sk: ['AI v spoločnosti Meta', 'Umelá inteligencia v spoločnosti Meta', 'Generatívna AI v spoločnosti Meta'],
    sl: ['UI pri Meti', 'Umetna inteligenca pri Meti', 'Generativna UI pri Meti'],
    sv: ['AI hos Meta', 'Generativ AI hos Meta'],
  },

  /** Words of the notice's link to the objection form (matched with "contains"). */
  objectLink: {
    en: ['object', 'right to object', 'Submit an objection request'],
    fr: ['opposer', 'vous opposer', "s'opposer", "droit d'opposition", 'opposition'],
    de: ['widersprechen', 'Widerspruchsrecht', 'Widerspruch', 'Einspruch'],
    es: ['oponerte', 'Derecho a oponerte', 'oposición', 'oponerse'],
    it: ['opporti', 'diritto di opposizione', 'opposizione', 'opporsi'],
    nl: ['bezwaar maken', 'bezwaar', 'recht om bezwaar te maken'],
    pl: ['sprzeciw', 'Prawo do sprzeciwu', 'wnieść sprzeciw'],
    pt: ['opor-te', 'opor-se', 'oposição', 'direito de oposição', 'Opõe-te'],
    bg: ['възразите', 'възражение', 'право на възражение', 'възразиш'],
    cs: ['vznést námitku', 'námitk', 'právo vznést námitku'],
    da: ['gøre indsigelse', 'indsigelse', 'ret til indsigelse'],
    el: ['εναντιωθείτε', 'εναντίωση', 'αντίρρηση', 'δικαίωμα εναντίωσης', 'αντιταχθείτε'],
    et: ['vastuväide', 'vastuväite', 'esitada vastuväide'],
    fi: ['vastustaa', 'oikeus vastustaa', 'vastustus', 'vastustamis'],
    ga: ['agóid', 'ceart agóid a dhéanamh'],
    hr: ['prigovor', 'uložiti prigovor', 'pravo na prigovor'],
    hu: ['tiltakoz', 'tiltakozás', 'tiltakozási jog'],
    lt: ['nesutikti', 'teisė nesutikti', 'prieštarauti', 'prieštaravim'],
    lv: ['iebilst', 'tiesības iebilst', 'iebildum'],
    mt: ['toġġezzjona', 'oġġezzjoni', 'object'],
    ro: ['opune', 'te opui', 'dreptul de opoziție', 'opoziție', 'obiecți'],
    sk: ['namietať', 'námietk', 'právo namietať'],
    sl: ['ugovor', 'pravico do ugovora', 'ugovarjati'],
    sv: ['invända', 'rätt att invända', 'invändning'],
  },

  /** Beginning of the notice sentence carrying that link. */
  objectNotice: {
    en: ['You have the right to object', 'You can object'],
    fr: ['Vous avez le droit de vous opposer', 'Vous pouvez vous opposer'],
    de: ['Du hast das Recht', 'Du kannst der Verwendung deiner Informationen'],
    es: ['Tienes derecho a oponerte', 'Puedes oponerte'],
    it: ['Hai diritto di opporti', 'Hai diritto a opporti', 'Puoi opporti'],
    nl: ['Je hebt het recht om bezwaar te maken', 'Je kunt bezwaar maken'],
    pl: ['Masz prawo do sprzeciwu', 'Masz prawo wnieść sprzeciw', 'Możesz wnieść sprzeciw'],
    pt: ['Tens o direito de te opor', 'Podes opor-te', 'Tem o direito de se opor'],
    bg: ['Имате право да възразите', 'Имаш право да възразиш'],
    cs: ['Máte právo vznést námitku', 'Můžete vznést námitku'],
    da: ['Du har ret til at gøre indsigelse', 'Du kan gøre indsigelse'],
    el: ['Έχετε το δικαίωμα να εναντιωθείτε', 'Έχεις το δικαίωμα να εναντιωθείς'],
    et: ['Teil on õigus esitada vastuväide', 'Sul on õigus esitada vastuväide'],
    fi: ['Sinulla on oikeus vastustaa', 'Voit vastustaa'],
    ga: ['Tá sé de cheart agat agóid a dhéanamh'],
    hr: ['Imate pravo uložiti prigovor', 'Imaš pravo uložiti prigovor', 'Možete uložiti prigovor'],
    hu: ['Jogod van tiltakozni', 'Tiltakozhatsz'],
    lt: ['Turite teisę nesutikti', 'Turi teisę nesutikti'],
    lv: ['Jums ir tiesības iebilst', 'Tev ir tiesības iebilst'],
    mt: ['Għandek id-dritt li toġġezzjona', 'You have the right to object'],
    ro: ['Ai dreptul de a te opune', 'Aveți dreptul de a vă opune'],
    sk: ['Máte právo namietať', 'Máš právo namietať'],
    sl: ['Imate pravico do ugovora', 'Imate pravico ugovarjati'],
    sv: ['Du har rätt att invända', 'Du kan invända'],
  },

  /** The form's submit button. */
  send: {
    en: ['Send', 'Submit'],
    fr: ['Envoyer', 'Soumettre'],
    de: ['Senden', 'Absenden', 'Abschicken'],
    es: ['Enviar'],
    it: ['Invia'],
    nl: ['Verzenden', 'Versturen', 'Indienen'],
    pl: ['Wyślij', 'Prześlij'],
    pt: ['Enviar', 'Submeter'],
    bg: ['Изпрати', 'Изпращане'],
    cs: ['Odeslat'],
    da: ['Send', 'Indsend'],
    el: ['Αποστολή', 'Υποβολή'],
    et: ['Saada', 'Esita'],
    fi: ['Lähetä'],
    ga: ['Seol', 'Cuir isteach'],
    hr: ['Pošalji', 'Podnesi'],
    hu: ['Küldés', 'Elküldés', 'Beküldés'],
    lt: ['Siųsti', 'Pateikti'],
    lv: ['Sūtīt', 'Iesniegt'],
    mt: ['Ibgħat', 'Send'],
    ro: ['Trimite', 'Trimiteți'],
    sk: ['Odoslať'],
    sl: ['Pošlji', 'Oddaj'],
    sv: ['Skicka', 'Skicka in'],
  },

  /** "Yes" answer of the form's opening yes/no question (matched exactly). */
  yes: {
    en: ['Yes'],
    fr: ['Oui'],
    de: ['Ja'],
    es: ['Sí'],
    it: ['Sì'],
    nl: ['Ja'],
    pl: ['Tak'],
    pt: ['Sim'],
    bg: ['Да'],
    cs: ['Ano'],
    da: ['Ja'],
    el: ['Ναι'],
    et: ['Jah'],
    fi: ['Kyllä'],
    ga: ['Tá'],
    hr: ['Da'],
    hu: ['Igen'],
    lt: ['Taip'],
    lv: ['Jā'],
    mt: ['Iva'],
    ro: ['Da'],
    sk: ['Áno'],
    sl: ['Da'],
    sv: ['Ja'],
  },

  /** Distinctive fragments of the confirmation shown once the form is sent. */
  confirmation: {
    en: [
      "We'll honour your objection",
      'We will honour your objection',
      "we won't use your information",
      "We'll honor your objection",
      'honour your objection',
    ],
    fr: ['Nous honorerons votre opposition', "nous n'utiliserons pas vos informations", 'honorerons votre opposition'],
    de: ['Wir werden deinem Widerspruch nachkommen', 'deinem Widerspruch nachkommen', 'Wir kommen deinem Widerspruch nach'],
    es: ['Respetaremos tu oposición', 'Vamos a aceptar tu objeción', 'aceptaremos tu oposición'],
    it: [
      "la tua richiesta verrà applicata d'ora in avanti",
      'Ciò significa che la tua richiesta verrà applicata',
      'accoglieremo la tua opposizione',
    ],
    nl: ['We zullen je bezwaar honoreren', 'We honoreren je bezwaar', 'je bezwaar honoreren'],
    pl: ['Uwzględnimy Twój sprzeciw', 'Twój sprzeciw zostanie uwzględniony'],
    pt: ['Vamos respeitar a tua oposição', 'Respeitaremos a tua oposição', 'Vamos aceitar a tua objeção'],
    bg: ['Ще уважим вашето възражение', 'Ще уважим възражението ви'],
    cs: ['Vaší námitce vyhovíme', 'Vyhovíme vaší námitce'],
    da: ['Vi vil imødekomme din indsigelse', 'Vi imødekommer din indsigelse'],
    el: ['Θα σεβαστούμε την αντίρρησή σας', 'Θα τιμήσουμε την αντίρρησή σας'],
    et: ['Arvestame teie vastuväitega', 'Me arvestame sinu vastuväitega'],
    fi: ['Noudatamme vastustustasi', 'Kunnioitamme vastustustasi'],
    ga: ["Tabharfaimid aird ar d'agóid", "Urramóimid d'agóid"],
    hr: ['Uvažit ćemo vaš prigovor', 'Poštovat ćemo vaš prigovor'],
    hu: ['Tiszteletben tartjuk a tiltakozásodat', 'Eleget teszünk a tiltakozásodnak'],
    lt: ['Atsižvelgsime į jūsų prieštaravimą', 'Atsižvelgsime į tavo prieštaravimą'],
    lv: ['Mēs ievērosim jūsu iebildumu', 'Mēs ievērosim tavu iebildumu'],
    mt: ['Se nirrispettaw l-oġġezzjoni tiegħek', "We'll honour your objection"],
    ro: ['Vom respecta obiecția ta', 'Vom respecta opoziția ta'],
    sk: ['Vašej námietke vyhovieme', 'Vyhovieme vašej námietke'],
    sl: ['Upoštevali bomo vaš ugovor', 'Vaš ugovor bomo upoštevali'],
    sv: ['Vi kommer att respektera din invändning', 'Vi respekterar din invändning'],
  },

  /** Instagram's left-bar "More" button (matched exactly). */
  igMore: {
    en: ['More'],
    fr: ['Plus'],
    de: ['Mehr'],
    es: ['Más'],
    it: ['Altro'],
    nl: ['Meer'],
    pl: ['Więcej'],
    pt: ['Mais'],
    bg: ['Още'],
    cs: ['Více', 'Další'],
    da: ['Mere'],
    el: ['Περισσότερα'],
    et: ['Rohkem', 'Veel'],
    fi: ['Lisää'],
    ga: ['Tuilleadh', 'Níos mó'],
    hr: ['Više'],
    hu: ['Továbbiak', 'Egyebek'],
    lt: ['Daugiau'],
    lv: ['Vairāk'],
    mt: ['Aktar', 'More'],
    ro: ['Mai multe'],
    sk: ['Viac'],
    sl: ['Več'],
    sv: ['Mer'],
  },

  /** Instagram "Settings" menu item (matched exactly). */
  igSettings: {
    en: ['Settings'],
    fr: ['Paramètres'],
    de: ['Einstellungen'],
    es: ['Configuración'],
    it: ['Impostazioni'],
    nl: ['Instellingen'],
    pl: ['Ustawienia'],
    pt: ['Definições', 'Configurações'],
    bg: ['Настройки'],
    cs: ['Nastavení'],
    da: ['Indstillinger'],
    el: ['Ρυθμίσεις'],
    et: ['Seaded'],
    fi: ['Asetukset'],
    ga: ['Socruithe'],
    hr: ['Postavke'],
    hu: ['Beállítások'],
    lt: ['Nustatymai'],
    lv: ['Iestatījumi'],
    mt: ['Settings', 'Issettjar'],
    ro: ['Setări'],
    sk: ['Nastavenia'],
    sl: ['Nastavitve'],
    sv: ['Inställningar'],
  },

  /** Label of the form's e-mail field (matched with "startsWith"). */
  emailField: {
    en: ['Email address', 'Email', 'E-mail address'],
    fr: ['Adresse e-mail', 'E-mail', 'Adresse électronique'],
    de: ['E-Mail-Adresse', 'E-Mail'],
    es: ['Correo electrónico', 'Dirección de correo electrónico'],
    it: ['Indirizzo e-mail', 'E-mail', 'Indirizzo email'],
    nl: ['E-mailadres', 'E-mail'],
    pl: ['Adres e-mail', 'E-mail'],
    pt: ['Endereço de email', 'Endereço de e-mail', 'Email', 'E-mail'],
    bg: ['Имейл адрес', 'Имейл'],
    cs: ['E-mailová adresa', 'E-mail'],
    da: ['E-mailadresse', 'E-mail'],
    el: ['Διεύθυνση email', 'Email'],
    et: ['E-posti aadress', 'E-post'],
    fi: ['Sähköpostiosoite', 'Sähköposti'],
    ga: ['Seoladh ríomhphoist', 'Ríomhphost'],
    hr: ['Adresa e-pošte', 'E-pošta', 'E-mail adresa'],
    hu: ['E-mail-cím', 'E-mail'],
    lt: ['El. pašto adresas', 'El. paštas'],
    lv: ['E-pasta adrese', 'E-pasts'],
    mt: ['Indirizz tal-email', 'Email address', 'Email'],
    ro: ['Adresă de e-mail', 'Adresa de e-mail', 'E-mail'],
    sk: ['E-mailová adresa', 'E-mail'],
    sl: ['E-poštni naslov', 'E-pošta'],
    sv: ['E-postadress', 'E-post'],
  },

  /** Label of the optional textarea (matched with "startsWith"). */
  reasonField: {
    en: ['Please tell us how this processing impacts you', 'Tell us how this processing impacts you', 'Please tell us'],
    fr: ["Veuillez nous indiquer l'impact de ce traitement sur vous", 'Veuillez nous indiquer', "Indiquez-nous l'impact"],
    de: [
      'Bitte teile uns mit, wie sich diese Verarbeitung auf dich auswirkt',
      'Teile uns mit, wie sich diese Verarbeitung auf dich auswirkt',
      'Bitte teile uns mit',
    ],
    es: ['Indícanos cómo te afecta este tratamiento', 'Cuéntanos cómo te afecta este tratamiento', 'Indícanos', 'Cuéntanos'],
    it: [
      'Spiegaci che impatto ha su di te questo trattamento dei dati',
      'Indicaci in che modo questo trattamento ha un impatto su di te',
      'Spiegaci',
      'Indicaci',
    ],
    nl: ['Vertel ons welke gevolgen deze verwerking voor je heeft', 'Vertel ons hoe deze verwerking', 'Vertel ons'],
    pl: ['Powiedz nam, jaki wpływ ma na Ciebie to przetwarzanie', 'Powiedz nam'],
    pt: ['Diz-nos de que forma este tratamento te afeta', 'Diga-nos como esse processamento afeta você', 'Diz-nos', 'Diga-nos'],
    bg: ['Моля, кажете ни как ви засяга това обработване', 'Моля, кажете ни', 'Кажете ни'],
    cs: ['Sdělte nám prosím, jak vás toto zpracování ovlivňuje', 'Sdělte nám'],
    da: ['Fortæl os, hvordan denne behandling påvirker dig', 'Fortæl os'],
    el: ['Πείτε μας πώς σας επηρεάζει αυτή η επεξεργασία', 'Πείτε μας'],
    et: ['Palun kirjeldage, kuidas see töötlemine teid mõjutab', 'Kirjeldage, kuidas see töötlemine'],
    fi: ['Kerro meille, miten tämä käsittely vaikuttaa sinuun', 'Kerro meille'],
    ga: ['Inis dúinn conas a théann an phróiseáil seo i bhfeidhm ort', 'Inis dúinn'],
    hr: ['Recite nam kako ova obrada utječe na vas', 'Recite nam'],
    hu: ['Mondd el, hogyan érint téged ez az adatkezelés', 'Mondd el'],
    lt: ['Papasakokite, kaip šis tvarkymas jus paveikia', 'Papasakokite'],
    lv: ['Lūdzu, pastāstiet, kā šī apstrāde jūs ietekmē', 'Lūdzu, pastāstiet', 'Pastāstiet'],
    mt: ['Jekk jogħġbok għidilna kif dan l-ipproċessar jaffettwak', 'Please tell us how this processing impacts you'],
    ro: ['Spune-ne cum te afectează această prelucrare', 'Spune-ne'],
    sk: ['Povedzte nám, ako vás toto spracúvanie ovplyvňuje', 'Povedzte nám'],
    sl: ['Povejte nam, kako ta obdelava vpliva na vas', 'Povejte nam'],
    sv: ['Berätta hur behandlingen av information påverkar dig', 'Berätta för oss hur denna behandling påverkar dig', 'Berätta'],
  },

  /** Label of the "Country of residence" select (matched with "startsWith"). */
  countryField: {
    en: ['Country of residence', 'Country'],
    fr: ['Pays de résidence', 'Pays'],
    de: ['Wohnsitzland', 'Land des Wohnsitzes', 'Land'],
    es: ['País de residencia', 'País'],
    it: ['Paese di residenza', 'Paese'],
    nl: ['Land van verblijf', 'Woonland', 'Land'],
    pl: ['Kraj zamieszkania', 'Kraj'],
    pt: ['País de residência', 'País'],
    bg: ['Държава на пребиваване', 'Държава'],
    cs: ['Země pobytu', 'Země'],
    da: ['Bopælsland', 'Land'],
    el: ['Χώρα διαμονής', 'Χώρα'],
    et: ['Elukohariik', 'Riik'],
    fi: ['Asuinmaa', 'Maa'],
    ga: ['Tír chónaithe', 'Tír'],
    hr: ['Država prebivališta', 'Država'],
    hu: ['Lakóhely szerinti ország', 'Ország'],
    lt: ['Gyvenamoji šalis', 'Šalis'],
    lv: ['Dzīvesvietas valsts', 'Valsts'],
    mt: ['Pajjiż tar-residenza', 'Country of residence', 'Pajjiż'],
    ro: ['Țara de reședință', 'Țara', 'Țară'],
    sk: ['Krajina pobytu', 'Krajina'],
    sl: ['Država prebivališča', 'Država'],
    sv: ['Bosättningsland', 'Land'],
  },

  /** Instagram settings entry "More info and support". */
  moreInfoSupport: {
    en: ['More info and support'],
    fr: ["Plus d'infos et assistance", "Plus d'informations et assistance"],
    de: ['Weitere Informationen und Support-Möglichkeiten', 'Weitere Infos und Support'],
    es: ['Más información y ayuda', 'Más información y asistencia'],
    it: ['Maggiori informazioni e assistenza', 'Altre informazioni e assistenza'],
    nl: ['Meer informatie en ondersteuning', 'Meer info en ondersteuning'],
    pl: ['Więcej informacji i pomoc', 'Więcej informacji i wsparcie'],
    pt: ['Mais informações e apoio', 'Mais informações e suporte'],
    bg: ['Още информация и поддръжка'],
    cs: ['Další informace a podpora'],
    da: ['Flere oplysninger og support', 'Mere info og support'],
    el: ['Περισσότερες πληροφορίες και υποστήριξη'],
    et: ['Lisateave ja tugi'],
    fi: ['Lisätietoja ja tuki'],
    ga: ['Tuilleadh faisnéise agus tacaíochta'],
    hr: ['Više informacija i podrška'],
    hu: ['További információk és támogatás'],
    lt: ['Daugiau informacijos ir pagalba'],
    lv: ['Vairāk informācijas un atbalsts'],
    mt: ['Aktar informazzjoni u appoġġ', 'More info and support'],
    ro: ['Mai multe informații și asistență'],
    sk: ['Viac informácií a podpora'],
    sl: ['Več informacij in podpora'],
    sv: ['Mer information och support'],
  },

  /**
   * Meta's generic acknowledgement after a help form that is not the AI objection form (the
   * third-party information form): en/fr/de/es/it/nl as the replicas show it, to be confirmed
   * on the live site; the rest best-effort.
   */
  requestReceived: {
    en: ['Thanks for contacting us', "We've received your request", 'We have received your request'],
    fr: ['Merci de nous avoir contactés', 'Nous avons bien reçu votre demande'],
    de: ['Danke, dass du uns kontaktiert hast', 'Wir haben deine Anfrage erhalten'],
    es: ['Gracias por ponerte en contacto', 'Hemos recibido tu solicitud'],
    it: ['Grazie per averci contattato', 'Abbiamo ricevuto la tua richiesta'],
    nl: ['Bedankt voor je bericht', 'We hebben je verzoek ontvangen'],
    pl: ['Dziękujemy za kontakt', 'Otrzymaliśmy Twoją prośbę'],
    pt: ['Obrigado por nos contactares', 'Recebemos o teu pedido'],
  },

  /**
   * Words of the generative-AI page's other paragraph, the one linking the third-party
   * information form (shared/meta-flow.md "More facts": "learn more here", « consultez cette
   * page », „mehr dazu"): a link in that paragraph is not the link to object. en/fr/de as quoted
   * there; the rest best-effort ("third parties" and "learn more here" in Meta's register).
   */
  thirdPartyNotice: {
    en: ['learn more here', 'third parties', 'third-party'],
    fr: ['consultez cette page', 'tiers', 'tierces parties'],
    de: ['mehr dazu', 'Dritten', 'Drittanbietern'],
    es: ['más información aquí', 'consulta esta página', 'terceros'],
    it: ['scopri di più qui', 'consulta questa pagina', 'terze parti'],
    nl: ['meer informatie hier', 'lees hier meer', 'derden'],
    pl: ['dowiedz się więcej tutaj', 'stron trzecich', 'podmiotów zewnętrznych'],
    pt: ['sabe mais aqui', 'saiba mais aqui', 'terceiros'],
    bg: ['научете повече тук', 'трети страни'],
    cs: ['další informace najdete zde', 'třetích stran'],
    da: ['læs mere her', 'tredjeparter'],
    el: ['μάθετε περισσότερα εδώ', 'τρίτα μέρη', 'τρίτους'],
    et: ['lisateave siin', 'kolmandatelt osapooltelt', 'kolmandad osapooled'],
    fi: ['lue lisää täältä', 'kolmansilta osapuolilta', 'kolmannet osapuolet'],
    ga: ['foghlaim tuilleadh anseo', 'tríú páirtithe'],
    hr: ['saznajte više ovdje', 'trećih strana'],
    hu: ['itt tudhatsz meg többet', 'harmadik felektől', 'harmadik felek'],
    lt: ['sužinokite daugiau čia', 'trečiųjų šalių'],
    lv: ['uzziniet vairāk šeit', 'trešajām personām', 'trešo personu'],
    mt: ['skopri aktar hawn', 'partijiet terzi', 'learn more here'],
    ro: ['află mai multe aici', 'terțe părți', 'terți'],
    sk: ['viac informácií nájdete tu', 'tretích strán'],
    sl: ['več o tem tukaj', 'tretjih oseb'],
    sv: ['läs mer här', 'tredje part'],
  },
};
