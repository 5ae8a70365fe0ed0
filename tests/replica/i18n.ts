/**
 * Every visible text of the replica pages, per language.
 *
 * The strings that the extension's playbooks match come from docs/meta-pages.md (menu
 * labels, "AI at Meta", the notice sentence and its link words, form labels, "Send", the
 * confirmation). The rest is filler in the same register as Meta's pages.
 *
 * Typography follows Meta's: French and Italian use the typographic apostrophe (U+2019) and
 * French puts a no-break space (U+00A0, written NBSP below) before « : ; ? ! ». English keeps the
 * plain apostrophe, as quoted in the guides docs/meta-pages.md names.
 */

/** 'en' is Meta's en-US ("Privacy Center"); 'en-GB' spells "Privacy Centre", "Accounts Centre". */
export type ReplicaLang = 'en' | 'en-GB' | 'fr' | 'de' | 'es' | 'it' | 'nl';

export const REPLICA_LANGS: readonly ReplicaLang[] = ['en', 'en-GB', 'fr', 'de', 'es', 'it', 'nl'];

export function isReplicaLang(value: string): value is ReplicaLang {
  return (REPLICA_LANGS as readonly string[]).includes(value);
}

/** The no-break space French puts before « : ; ? ! ». */
const NBSP = '\u00a0';

export type TopicId = 'security' | 'sharing' | 'ads' | 'ai';
export type CountryCode = 'AT' | 'BE' | 'DE' | 'ES' | 'FR' | 'IE' | 'IT' | 'NL';

export interface Texts {
  common: {
    loading: string;
    notAvailable: string;
    notAvailableHint: string;
    close: string;
    back: string;
    /** The Privacy Center's name: Facebook's menu item, Instagram's settings link, page title. */
    privacyCenter: string;
  };
  feed: { like: string; comment: string; share: string; posts: readonly string[] };
  facebook: {
    yourProfile: string;
    search: string;
    friends: string;
    groups: string;
    marketplace: string;
    memories: string;
    saved: string;
    // account menu
    seeAllProfiles: string;
    settingsPrivacy: string;
    helpSupport: string;
    display: string;
    feedback: string;
    logout: string;
    // "Settings & privacy" submenu
    settings: string;
    privacyCheckup: string;
    activityLog: string;
    language: string;
    // "Help & support" submenu
    helpCenter: string;
    supportInbox: string;
    reportProblem: string;
  };
  privacyCenter: {
    intro: string;
    topicsHeading: string;
    topicBody: string;
    topics: Record<TopicId, { title: string; description: string }>;
  };
  genai: {
    title: string;
    intro: string;
    whatHeading: string;
    whatBody: string;
    rightsHeading: string;
    /** The notice sentence; `link` is the text of the link to the objection form. */
    notice: { before: string; link: string; after: string };
  };
  form: {
    helpCenter: string;
    title2025: string;
    title2024: string;
    intro: string;
    question: string;
    yes: string;
    no: string;
    noMessage: string;
    email: string;
    reason: string;
    country: string;
    countryPlaceholder: string;
    countries: Record<CountryCode, string>;
    send: string;
    errorEmail: string;
    errorCountry: string;
    thanks: string;
    confirmation: string;
  };
  thirdParty: { title: string; intro: string; reason: string; confirmation: string };
  accountsCenter: {
    title: string;
    intro: string;
    profiles: string;
    connected: string;
    security: string;
    addAccounts: string;
    /** Password and security page: the "Security checks" heading and its "Recent emails" entry. */
    securityChecks: string;
    recentEmails: string;
  };
  instagram: {
    home: string;
    search: string;
    explore: string;
    reels: string;
    messages: string;
    notifications: string;
    create: string;
    profile: string;
    more: string;
    posts: string;
    // "More" menu
    settings: string;
    activity: string;
    saved: string;
    appearance: string;
    report: string;
    switchAccounts: string;
    logout: string;
    // /accounts/edit/
    howYouUse: string;
    editProfile: string;
    editProfileHint: string;
    moreInfo: string;
    help: string;
    accountStatus: string;
    about: string;
  };
}

const en: Texts = {
  common: {
    loading: 'Loading...',
    notAvailable: "This content isn't available right now",
    notAvailableHint:
      "When this happens, it's usually because the owner only shared it with a small group of people or deleted it.",
    close: 'Close',
    back: 'Back',
    privacyCenter: 'Privacy Center',
  },
  feed: {
    like: 'Like',
    comment: 'Comment',
    share: 'Share',
    posts: [
      'What a lovely day at the lake with the whole family!',
      'Tried a new recipe tonight: apple pie.',
      'Who is coming to the concert on Saturday?',
    ],
  },
  facebook: {
    yourProfile: 'Your profile',
    search: 'Search Facebook',
    friends: 'Friends',
    groups: 'Groups',
    marketplace: 'Marketplace',
    memories: 'Memories',
    saved: 'Saved',
    seeAllProfiles: 'See all profiles',
    settingsPrivacy: 'Settings & privacy',
    helpSupport: 'Help & support',
    display: 'Display & accessibility',
    feedback: 'Give feedback',
    logout: 'Log out',
    settings: 'Settings',
    privacyCheckup: 'Privacy Checkup',
    activityLog: 'Activity log',
    language: 'Language',
    helpCenter: 'Help Center',
    supportInbox: 'Support Inbox',
    reportProblem: 'Report a problem',
  },
  privacyCenter: {
    intro: 'Learn how to manage and control your privacy on Facebook, Instagram and other Meta products.',
    topicsHeading: 'Privacy topics',
    topicBody: 'Choose the settings that work for you.',
    topics: {
      security: { title: 'Security', description: 'Keep your account and information safe.' },
      sharing: { title: 'Sharing', description: 'Choose who can see what you share.' },
      ads: { title: 'Ads', description: 'See how ads are chosen for you.' },
      ai: { title: 'AI at Meta', description: 'How we build generative AI features and the choices you have.' },
    },
  },
  genai: {
    title: 'How Meta uses information for generative AI models and features',
    intro:
      'We use public information, such as public posts and comments, and your interactions with AI features to develop and improve our generative AI models.',
    whatHeading: 'What is generative AI?',
    whatBody: 'Generative AI creates text, images and other content from simple instructions.',
    rightsHeading: 'Your rights',
    notice: {
      before: 'You have the right to ',
      link: 'object',
      after:
        " to Meta using the information you've shared on our Products and Services to develop and improve AI at Meta. If your objection is honoured, it will be applied from then on.",
    },
  },
  form: {
    helpCenter: 'Help Center',
    title2025: 'Object to your information being used for AI at Meta',
    title2024: 'Your right to object to your information being used for AI at Meta',
    intro:
      'AI at Meta is our collection of generative AI features and experiences. You can use this form to object to Meta using your information to develop and improve AI at Meta.',
    question: 'Is your request related to AI at Meta?',
    yes: 'Yes',
    no: 'No',
    noMessage: 'This form is only for requests about AI at Meta. For anything else, visit the Help Center.',
    email: 'Email address',
    reason: 'Please tell us how this processing impacts you',
    country: 'Country of residence',
    countryPlaceholder: 'Select a country',
    countries: {
      AT: 'Austria', BE: 'Belgium', DE: 'Germany', ES: 'Spain',
      FR: 'France', IE: 'Ireland', IT: 'Italy', NL: 'Netherlands',
    },
    send: 'Send',
    errorEmail: 'Please enter your email address.',
    errorCountry: 'Please select your country of residence.',
    thanks: 'Thank you',
    confirmation:
      "We'll honour your objection. This means that from now on, we won't use your information to develop and improve AI at Meta. We'll also honour your objection for any other accounts that you've added to the same Accounts Centre as this account.",
  },
  thirdParty: {
    title: 'Data subject rights for third-party information used for AI at Meta',
    intro:
      "Use this form if information about you that others have shared, or that comes from outside Meta, is used for AI at Meta. You don't need an account.",
    reason: 'Details of your request',
    confirmation: "Thanks for contacting us. We've received your request and will review it.",
  },
  accountsCenter: {
    title: 'Accounts Center',
    intro: 'Manage your connected experiences and account settings across Meta technologies.',
    profiles: 'Profiles',
    connected: 'Connected experiences',
    security: 'Password and security',
    addAccounts: 'Add accounts',
    securityChecks: 'Security checks',
    recentEmails: 'Recent emails',
  },
  instagram: {
    home: 'Home',
    search: 'Search',
    explore: 'Explore',
    reels: 'Reels',
    messages: 'Messages',
    notifications: 'Notifications',
    create: 'Create',
    profile: 'Profile',
    more: 'More',
    posts: 'posts',
    settings: 'Settings',
    activity: 'Your activity',
    saved: 'Saved',
    appearance: 'Switch appearance',
    report: 'Report a problem',
    switchAccounts: 'Switch accounts',
    logout: 'Log out',
    howYouUse: 'How you use Instagram',
    editProfile: 'Edit profile',
    editProfileHint: 'Your profile photo, name, bio and links.',
    moreInfo: 'More info and support',
    help: 'Help',
    accountStatus: 'Account Status',
    about: 'About',
  },
};

const fr: Texts = {
  common: {
    loading: 'Chargement…',
    notAvailable: 'Ce contenu n’est pas disponible pour le moment',
    notAvailableHint:
      'Le propriétaire l’a peut-être partagé avec un petit groupe de personnes seulement, ou l’a supprimé.',
    close: 'Fermer',
    back: 'Retour',
    privacyCenter: 'Centre de confidentialité',
  },
  feed: {
    like: 'J’aime',
    comment: 'Commenter',
    share: 'Partager',
    posts: [
      `Quelle belle journée au bord du lac avec toute la famille${NBSP}!`,
      `Nouvelle recette testée ce soir${NBSP}: tarte aux pommes.`,
      `Qui vient au concert samedi${NBSP}?`,
    ],
  },
  facebook: {
    yourProfile: 'Votre profil',
    search: 'Rechercher sur Facebook',
    friends: 'Amis',
    groups: 'Groupes',
    marketplace: 'Marketplace',
    memories: 'Souvenirs',
    saved: 'Enregistrements',
    seeAllProfiles: 'Voir tous les profils',
    settingsPrivacy: 'Paramètres et confidentialité',
    helpSupport: 'Aide et assistance',
    display: 'Affichage et accessibilité',
    feedback: 'Donner votre avis',
    logout: 'Se déconnecter',
    settings: 'Paramètres',
    privacyCheckup: 'Assistance confidentialité',
    activityLog: 'Historique personnel',
    language: 'Langue',
    helpCenter: 'Pages d’aide',
    supportInbox: 'Messages de l’assistance',
    reportProblem: 'Signaler un problème',
  },
  privacyCenter: {
    intro:
      'Découvrez comment gérer et contrôler votre confidentialité sur Facebook, Instagram et les autres produits Meta.',
    topicsHeading: 'Thèmes de confidentialité',
    topicBody: 'Choisissez les paramètres qui vous conviennent.',
    topics: {
      security: { title: 'Sécurité', description: 'Protégez votre compte et vos informations.' },
      sharing: { title: 'Partage', description: 'Choisissez qui peut voir ce que vous partagez.' },
      ads: { title: 'Publicités', description: 'Découvrez comment les publicités sont choisies pour vous.' },
      ai: {
        title: 'L’IA chez Meta',
        description: 'Comment nous créons des fonctionnalités d’IA générative et les choix dont vous disposez.',
      },
    },
  },
  genai: {
    title: 'Comment Meta utilise les informations pour les modèles et fonctionnalités d’IA générative',
    intro:
      'Nous utilisons les informations publiques, comme les publications et commentaires publics, ainsi que vos interactions avec les fonctionnalités d’IA, pour développer et améliorer nos modèles d’IA générative.',
    whatHeading: `Qu’est-ce que l’IA générative${NBSP}?`,
    whatBody: 'L’IA générative crée du texte, des images et d’autres contenus à partir de simples instructions.',
    rightsHeading: 'Vos droits',
    notice: {
      before: 'Vous avez le droit de ',
      link: 'vous opposer',
      after:
        ' à l’utilisation de vos informations à ces fins. Si votre opposition est acceptée, elle sera appliquée à partir de ce moment-là.',
    },
  },
  form: {
    helpCenter: 'Pages d’aide',
    title2025: 'Vous opposer à l’utilisation de vos informations pour l’IA chez Meta',
    title2024: 'Votre droit d’opposition à l’utilisation de vos informations pour l’IA chez Meta',
    intro:
      'L’IA chez Meta regroupe nos fonctionnalités et expériences d’IA générative. Vous pouvez utiliser ce formulaire pour vous opposer à l’utilisation de vos informations pour développer et améliorer l’IA chez Meta.',
    question: `Votre demande concerne-t-elle l’IA chez Meta${NBSP}?`,
    yes: 'Oui',
    no: 'Non',
    noMessage:
      'Ce formulaire concerne uniquement les demandes relatives à l’IA chez Meta. Pour toute autre question, consultez les Pages d’aide.',
    email: 'Adresse e-mail',
    reason: 'Veuillez nous indiquer l’impact de ce traitement sur vous',
    country: 'Pays de résidence',
    countryPlaceholder: 'Sélectionnez un pays',
    countries: {
      AT: 'Autriche', BE: 'Belgique', DE: 'Allemagne', ES: 'Espagne',
      FR: 'France', IE: 'Irlande', IT: 'Italie', NL: 'Pays-Bas',
    },
    send: 'Envoyer',
    errorEmail: 'Veuillez saisir votre adresse e-mail.',
    errorCountry: 'Veuillez sélectionner votre pays de résidence.',
    thanks: 'Merci',
    confirmation:
      'Nous honorerons votre opposition. Cela signifie qu’à partir de maintenant, nous n’utiliserons pas vos informations pour développer et améliorer l’IA chez Meta. Nous honorerons également votre opposition pour tous les autres comptes que vous avez ajoutés au même Espace Comptes.',
  },
  thirdParty: {
    title: 'Droits des personnes concernées pour les informations de tiers utilisées pour l’IA chez Meta',
    intro:
      'Utilisez ce formulaire si des informations vous concernant, partagées par d’autres personnes ou provenant de l’extérieur de Meta, sont utilisées pour l’IA chez Meta. Aucun compte n’est nécessaire.',
    reason: 'Détails de votre demande',
    confirmation: 'Merci de nous avoir contactés. Nous avons bien reçu votre demande et allons l’examiner.',
  },
  accountsCenter: {
    title: 'Espace Comptes',
    intro: 'Gérez vos expériences connectées et les paramètres de vos comptes sur les technologies Meta.',
    profiles: 'Profils',
    connected: 'Expériences connectées',
    security: 'Mot de passe et sécurité',
    addAccounts: 'Ajouter des comptes',
    securityChecks: 'Contrôles de sécurité',
    recentEmails: 'E-mails récents',
  },
  instagram: {
    home: 'Accueil',
    search: 'Recherche',
    explore: 'Découvrir',
    reels: 'Reels',
    messages: 'Messages',
    notifications: 'Notifications',
    create: 'Créer',
    profile: 'Profil',
    more: 'Plus',
    posts: 'publications',
    settings: 'Paramètres',
    activity: 'Votre activité',
    saved: 'Enregistrements',
    appearance: 'Changer d’apparence',
    report: 'Signaler un problème',
    switchAccounts: 'Changer de compte',
    logout: 'Se déconnecter',
    howYouUse: 'Comment vous utilisez Instagram',
    editProfile: 'Modifier le profil',
    editProfileHint: 'Votre photo de profil, votre nom, votre bio et vos liens.',
    moreInfo: 'Plus d’infos et assistance',
    help: 'Aide',
    accountStatus: 'Statut du compte',
    about: 'À propos',
  },
};

const de: Texts = {
  common: {
    loading: 'Wird geladen …',
    notAvailable: 'Dieser Inhalt ist momentan nicht verfügbar',
    notAvailableHint: 'Der Inhaber hat ihn vielleicht nur mit wenigen Personen geteilt oder ihn gelöscht.',
    close: 'Schließen',
    back: 'Zurück',
    privacyCenter: 'Privacy-Center',
  },
  feed: {
    like: 'Gefällt mir',
    comment: 'Kommentieren',
    share: 'Teilen',
    posts: [
      'Was für ein schöner Tag am See mit der ganzen Familie!',
      'Heute Abend ein neues Rezept ausprobiert: Apfelkuchen.',
      'Wer kommt am Samstag mit zum Konzert?',
    ],
  },
  facebook: {
    yourProfile: 'Dein Profil',
    search: 'Facebook durchsuchen',
    friends: 'Freunde',
    groups: 'Gruppen',
    marketplace: 'Marketplace',
    memories: 'Erinnerungen',
    saved: 'Gespeichert',
    seeAllProfiles: 'Alle Profile ansehen',
    settingsPrivacy: 'Einstellungen und Privatsphäre',
    helpSupport: 'Hilfe und Support',
    display: 'Anzeige und Barrierefreiheit',
    feedback: 'Feedback geben',
    logout: 'Abmelden',
    settings: 'Einstellungen',
    privacyCheckup: 'Privatsphäre-Check',
    activityLog: 'Aktivitätenprotokoll',
    language: 'Sprache',
    helpCenter: 'Hilfebereich',
    supportInbox: 'Support-Postfach',
    reportProblem: 'Problem melden',
  },
  privacyCenter: {
    intro: 'Erfahre, wie du deine Privatsphäre auf Facebook, Instagram und anderen Meta-Produkten verwalten kannst.',
    topicsHeading: 'Themen zur Privatsphäre',
    topicBody: 'Wähle die Einstellungen, die zu dir passen.',
    topics: {
      security: { title: 'Sicherheit', description: 'Schütze dein Konto und deine Informationen.' },
      sharing: { title: 'Teilen', description: 'Lege fest, wer sehen kann, was du teilst.' },
      ads: { title: 'Werbeanzeigen', description: 'Erfahre, wie Werbeanzeigen für dich ausgewählt werden.' },
      ai: {
        title: 'KI bei Meta',
        description: 'Wie wir generative KI-Funktionen entwickeln und welche Wahlmöglichkeiten du hast.',
      },
    },
  },
  genai: {
    title: 'Wie Meta Informationen für generative KI-Modelle und -Funktionen verwendet',
    intro:
      'Wir verwenden öffentliche Informationen wie öffentliche Beiträge und Kommentare sowie deine Interaktionen mit KI-Funktionen, um unsere generativen KI-Modelle zu entwickeln und zu verbessern.',
    whatHeading: 'Was ist generative KI?',
    whatBody: 'Generative KI erstellt Texte, Bilder und andere Inhalte aus einfachen Anweisungen.',
    rightsHeading: 'Deine Rechte',
    notice: {
      before: 'Du hast das Recht, der Verwendung deiner Informationen für diese Zwecke zu ',
      link: 'widersprechen',
      after: '. Wenn deinem Widerspruch stattgegeben wird, gilt er ab diesem Zeitpunkt.',
    },
  },
  form: {
    helpCenter: 'Hilfebereich',
    title2025: 'Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta',
    title2024: 'Dein Widerspruchsrecht gegen die Verwendung deiner Informationen für KI bei Meta',
    intro:
      'KI bei Meta umfasst unsere generativen KI-Funktionen und -Erlebnisse. Mit diesem Formular kannst du der Verwendung deiner Informationen für die Entwicklung und Verbesserung von KI bei Meta widersprechen.',
    question: 'Bezieht sich deine Anfrage auf KI bei Meta?',
    yes: 'Ja',
    no: 'Nein',
    noMessage:
      'Dieses Formular ist nur für Anfragen zu KI bei Meta gedacht. Für alle anderen Anliegen besuche den Hilfebereich.',
    email: 'E-Mail-Adresse',
    reason: 'Bitte teile uns mit, wie sich diese Verarbeitung auf dich auswirkt',
    country: 'Wohnsitzland',
    countryPlaceholder: 'Land auswählen',
    countries: {
      AT: 'Österreich', BE: 'Belgien', DE: 'Deutschland', ES: 'Spanien',
      FR: 'Frankreich', IE: 'Irland', IT: 'Italien', NL: 'Niederlande',
    },
    send: 'Senden',
    errorEmail: 'Bitte gib deine E-Mail-Adresse ein.',
    errorCountry: 'Bitte wähle dein Wohnsitzland aus.',
    thanks: 'Vielen Dank',
    confirmation:
      'Wir werden deinem Widerspruch nachkommen. Das bedeutet, dass wir deine Informationen ab sofort nicht mehr für die Entwicklung und Verbesserung von KI bei Meta verwenden. Dein Widerspruch gilt auch für alle anderen Konten, die du derselben Kontenübersicht hinzugefügt hast.',
  },
  thirdParty: {
    title: 'Rechte betroffener Personen bei Informationen Dritter, die für KI bei Meta verwendet werden',
    intro:
      'Verwende dieses Formular, wenn Informationen über dich, die andere geteilt haben oder die von außerhalb von Meta stammen, für KI bei Meta verwendet werden. Du brauchst kein Konto.',
    reason: 'Details zu deiner Anfrage',
    confirmation: 'Danke, dass du uns kontaktiert hast. Wir haben deine Anfrage erhalten und werden sie prüfen.',
  },
  accountsCenter: {
    title: 'Kontenübersicht',
    intro: 'Verwalte deine verbundenen Erlebnisse und Kontoeinstellungen für alle Meta-Technologien.',
    profiles: 'Profile',
    connected: 'Verbundene Erlebnisse',
    security: 'Passwort und Sicherheit',
    addAccounts: 'Konten hinzufügen',
    securityChecks: 'Sicherheitsprüfungen',
    recentEmails: 'Kürzlich gesendete E-Mails',
  },
  instagram: {
    home: 'Startseite',
    search: 'Suche',
    explore: 'Entdecken',
    reels: 'Reels',
    messages: 'Nachrichten',
    notifications: 'Benachrichtigungen',
    create: 'Erstellen',
    profile: 'Profil',
    more: 'Mehr',
    posts: 'Beiträge',
    settings: 'Einstellungen',
    activity: 'Deine Aktivitäten',
    saved: 'Gespeichert',
    appearance: 'Darstellung ändern',
    report: 'Ein Problem melden',
    switchAccounts: 'Konto wechseln',
    logout: 'Abmelden',
    howYouUse: 'Wie du Instagram nutzt',
    editProfile: 'Profil bearbeiten',
    editProfileHint: 'Dein Profilbild, Name, Bio und Links.',
    moreInfo: 'Weitere Infos und Support',
    help: 'Hilfe',
    accountStatus: 'Kontostatus',
    about: 'Info',
  },
};

const es: Texts = {
  common: {
    loading: 'Cargando…',
    notAvailable: 'Este contenido no está disponible en este momento',
    notAvailableHint:
      'Es posible que el propietario solo lo haya compartido con un grupo reducido de personas o que lo haya eliminado.',
    close: 'Cerrar',
    back: 'Atrás',
    privacyCenter: 'Centro de privacidad',
  },
  feed: {
    like: 'Me gusta',
    comment: 'Comentar',
    share: 'Compartir',
    posts: [
      '¡Qué día tan bonito en el lago con toda la familia!',
      'Esta noche he probado una receta nueva: tarta de manzana.',
      '¿Quién viene al concierto el sábado?',
    ],
  },
  facebook: {
    yourProfile: 'Tu perfil',
    search: 'Buscar en Facebook',
    friends: 'Amigos',
    groups: 'Grupos',
    marketplace: 'Marketplace',
    memories: 'Recuerdos',
    saved: 'Guardado',
    seeAllProfiles: 'Ver todos los perfiles',
    settingsPrivacy: 'Configuración y privacidad',
    helpSupport: 'Ayuda y asistencia',
    display: 'Pantalla y accesibilidad',
    feedback: 'Enviar comentarios',
    logout: 'Cerrar sesión',
    settings: 'Configuración',
    privacyCheckup: 'Comprobación rápida de privacidad',
    activityLog: 'Registro de actividad',
    language: 'Idioma',
    helpCenter: 'Servicio de ayuda',
    supportInbox: 'Buzón de ayuda',
    reportProblem: 'Reportar un problema',
  },
  privacyCenter: {
    intro: 'Descubre cómo gestionar y controlar tu privacidad en Facebook, Instagram y otros productos de Meta.',
    topicsHeading: 'Temas de privacidad',
    topicBody: 'Elige la configuración que más te convenga.',
    topics: {
      security: { title: 'Seguridad', description: 'Protege tu cuenta y tu información.' },
      sharing: { title: 'Compartir', description: 'Elige quién puede ver lo que compartes.' },
      ads: { title: 'Anuncios', description: 'Descubre cómo se eligen los anuncios que ves.' },
      ai: { title: 'IA en Meta', description: 'Cómo creamos funciones de IA generativa y qué opciones tienes.' },
    },
  },
  genai: {
    title: 'Cómo usa Meta la información para los modelos y las funciones de IA generativa',
    intro:
      'Usamos información pública, como publicaciones y comentarios públicos, y tus interacciones con las funciones de IA para desarrollar y mejorar nuestros modelos de IA generativa.',
    whatHeading: '¿Qué es la IA generativa?',
    whatBody: 'La IA generativa crea texto, imágenes y otros contenidos a partir de instrucciones sencillas.',
    rightsHeading: 'Tus derechos',
    notice: {
      before: 'Tienes derecho a ',
      link: 'oponerte',
      after: ' al uso de tu información para estos fines. Si se acepta tu oposición, se aplicará a partir de ese momento.',
    },
  },
  form: {
    helpCenter: 'Servicio de ayuda',
    title2025: 'Oponerte al uso de tu información para la IA en Meta',
    title2024: 'Tu derecho a oponerte al uso de tu información para la IA en Meta',
    intro:
      'IA en Meta es nuestro conjunto de funciones y experiencias de IA generativa. Puedes usar este formulario para oponerte al uso de tu información para desarrollar y mejorar la IA en Meta.',
    question: '¿Tu solicitud está relacionada con la IA en Meta?',
    yes: 'Sí',
    no: 'No',
    noMessage:
      'Este formulario es solo para solicitudes sobre la IA en Meta. Para cualquier otra cuestión, visita el Servicio de ayuda.',
    email: 'Dirección de correo electrónico',
    reason: 'Indícanos cómo te afecta este tratamiento',
    country: 'País de residencia',
    countryPlaceholder: 'Selecciona un país',
    countries: {
      AT: 'Austria', BE: 'Bélgica', DE: 'Alemania', ES: 'España',
      FR: 'Francia', IE: 'Irlanda', IT: 'Italia', NL: 'Países Bajos',
    },
    send: 'Enviar',
    errorEmail: 'Introduce tu dirección de correo electrónico.',
    errorCountry: 'Selecciona tu país de residencia.',
    thanks: 'Gracias',
    confirmation:
      'Respetaremos tu oposición. Esto significa que, a partir de ahora, no usaremos tu información para desarrollar y mejorar la IA en Meta. También respetaremos tu oposición para cualquier otra cuenta que hayas añadido al mismo Centro de cuentas.',
  },
  thirdParty: {
    title: 'Derechos del interesado sobre información de terceros usada para la IA en Meta',
    intro:
      'Usa este formulario si información sobre ti que otras personas han compartido, o que procede de fuera de Meta, se usa para la IA en Meta. No necesitas una cuenta.',
    reason: 'Detalles de tu solicitud',
    confirmation: 'Gracias por ponerte en contacto con nosotros. Hemos recibido tu solicitud y la revisaremos.',
  },
  accountsCenter: {
    title: 'Centro de cuentas',
    intro: 'Gestiona tus experiencias conectadas y la configuración de tus cuentas en las tecnologías de Meta.',
    profiles: 'Perfiles',
    connected: 'Experiencias conectadas',
    security: 'Contraseña y seguridad',
    addAccounts: 'Añadir cuentas',
    securityChecks: 'Controles de seguridad',
    recentEmails: 'Correos electrónicos recientes',
  },
  instagram: {
    home: 'Inicio',
    search: 'Buscar',
    explore: 'Explorar',
    reels: 'Reels',
    messages: 'Mensajes',
    notifications: 'Notificaciones',
    create: 'Crear',
    profile: 'Perfil',
    more: 'Más',
    posts: 'publicaciones',
    settings: 'Configuración',
    activity: 'Tu actividad',
    saved: 'Guardado',
    appearance: 'Cambiar aspecto',
    report: 'Reportar un problema',
    switchAccounts: 'Cambiar de cuenta',
    logout: 'Salir',
    howYouUse: 'Cómo usas Instagram',
    editProfile: 'Editar perfil',
    editProfileHint: 'Tu foto del perfil, nombre, presentación y enlaces.',
    moreInfo: 'Más información y asistencia',
    help: 'Ayuda',
    accountStatus: 'Estado de la cuenta',
    about: 'Información',
  },
};

const it: Texts = {
  common: {
    loading: 'Caricamento…',
    notAvailable: 'Questo contenuto non è al momento disponibile',
    notAvailableHint:
      'Il proprietario potrebbe averlo condiviso solo con un gruppo ristretto di persone o averlo eliminato.',
    close: 'Chiudi',
    back: 'Indietro',
    privacyCenter: 'Centro per la privacy',
  },
  feed: {
    like: 'Mi piace',
    comment: 'Commenta',
    share: 'Condividi',
    posts: [
      'Che bella giornata al lago con tutta la famiglia!',
      'Stasera ho provato una nuova ricetta: torta di mele.',
      'Chi viene al concerto sabato?',
    ],
  },
  facebook: {
    yourProfile: 'Il tuo profilo',
    search: 'Cerca su Facebook',
    friends: 'Amici',
    groups: 'Gruppi',
    marketplace: 'Marketplace',
    memories: 'Ricordi',
    saved: 'Elementi salvati',
    seeAllProfiles: 'Vedi tutti i profili',
    settingsPrivacy: 'Impostazioni e privacy',
    helpSupport: 'Assistenza e supporto',
    display: 'Schermo e accessibilità',
    feedback: 'Lascia un feedback',
    logout: 'Esci',
    settings: 'Impostazioni',
    privacyCheckup: 'Controllo della privacy',
    activityLog: 'Registro attività',
    language: 'Lingua',
    helpCenter: 'Centro assistenza',
    supportInbox: 'Casella dell’assistenza',
    reportProblem: 'Segnala un problema',
  },
  privacyCenter: {
    intro: 'Scopri come gestire e controllare la tua privacy su Facebook, Instagram e altri prodotti Meta.',
    topicsHeading: 'Argomenti sulla privacy',
    topicBody: 'Scegli le impostazioni più adatte a te.',
    topics: {
      security: { title: 'Sicurezza', description: 'Proteggi il tuo account e le tue informazioni.' },
      sharing: { title: 'Condivisione', description: 'Scegli chi può vedere ciò che condividi.' },
      ads: { title: 'Inserzioni', description: 'Scopri come vengono scelte le inserzioni per te.' },
      ai: {
        title: 'IA di Meta',
        description: 'Come creiamo le funzioni di IA generativa e quali scelte hai a disposizione.',
      },
    },
  },
  genai: {
    title: 'In che modo Meta usa le informazioni per i modelli e le funzioni di IA generativa',
    intro:
      'Usiamo le informazioni pubbliche, come post e commenti pubblici, e le tue interazioni con le funzioni di IA per sviluppare e migliorare i nostri modelli di IA generativa.',
    whatHeading: 'Che cos’è l’IA generativa?',
    whatBody: 'L’IA generativa crea testi, immagini e altri contenuti a partire da semplici istruzioni.',
    rightsHeading: 'I tuoi diritti',
    notice: {
      before: 'Hai diritto di ',
      link: 'opporti',
      after:
        ' all’uso delle tue informazioni per tali finalità. Se la tua opposizione viene accolta, verrà applicata da quel momento in poi.',
    },
  },
  form: {
    helpCenter: 'Centro assistenza',
    title2025: 'Opporti all’uso delle tue informazioni per l’IA di Meta',
    title2024: 'Il tuo diritto di opporti all’uso delle tue informazioni per l’IA di Meta',
    intro:
      'L’IA di Meta è il nostro insieme di funzioni ed esperienze di IA generativa. Puoi usare questo modulo per opporti all’uso delle tue informazioni per sviluppare e migliorare l’IA di Meta.',
    question: 'La tua richiesta riguarda l’IA di Meta?',
    yes: 'Sì',
    no: 'No',
    noMessage:
      'Questo modulo è solo per richieste relative all’IA di Meta. Per qualsiasi altra questione, visita il Centro assistenza.',
    email: 'Indirizzo e-mail',
    reason: 'Indicaci in che modo questo trattamento ti riguarda',
    country: 'Paese di residenza',
    countryPlaceholder: 'Seleziona un paese',
    countries: {
      AT: 'Austria', BE: 'Belgio', DE: 'Germania', ES: 'Spagna',
      FR: 'Francia', IE: 'Irlanda', IT: 'Italia', NL: 'Paesi Bassi',
    },
    send: 'Invia',
    errorEmail: 'Inserisci il tuo indirizzo e-mail.',
    errorCountry: 'Seleziona il tuo paese di residenza.',
    thanks: 'Grazie',
    confirmation:
      'Abbiamo accolto la tua opposizione: la tua richiesta verrà applicata d’ora in avanti e non useremo le tue informazioni per sviluppare e migliorare l’IA di Meta. La tua opposizione verrà applicata anche a tutti gli altri account aggiunti allo stesso Centro gestione account.',
  },
  thirdParty: {
    title: 'Diritti dell’interessato sulle informazioni di terzi usate per l’IA di Meta',
    intro:
      'Usa questo modulo se informazioni su di te condivise da altre persone, o provenienti dall’esterno di Meta, vengono usate per l’IA di Meta. Non è necessario un account.',
    reason: 'Dettagli della tua richiesta',
    confirmation: 'Grazie per averci contattato. Abbiamo ricevuto la tua richiesta e la esamineremo.',
  },
  accountsCenter: {
    title: 'Centro gestione account',
    intro: 'Gestisci le tue esperienze connesse e le impostazioni degli account sulle tecnologie Meta.',
    profiles: 'Profili',
    connected: 'Esperienze connesse',
    security: 'Password e sicurezza',
    addAccounts: 'Aggiungi account',
    securityChecks: 'Controlli di sicurezza',
    recentEmails: 'E-mail recenti',
  },
  instagram: {
    home: 'Home',
    search: 'Cerca',
    explore: 'Esplora',
    reels: 'Reels',
    messages: 'Messaggi',
    notifications: 'Notifiche',
    create: 'Crea',
    profile: 'Profilo',
    more: 'Altro',
    posts: 'post',
    settings: 'Impostazioni',
    activity: 'La tua attività',
    saved: 'Elementi salvati',
    appearance: 'Cambia aspetto',
    report: 'Segnala un problema',
    switchAccounts: 'Cambia account',
    logout: 'Esci',
    howYouUse: 'Come usi Instagram',
    editProfile: 'Modifica profilo',
    editProfileHint: 'La tua immagine del profilo, il nome, la biografia e i link.',
    moreInfo: 'Altre informazioni e assistenza',
    help: 'Assistenza',
    accountStatus: 'Stato dell’account',
    about: 'Informazioni',
  },
};

const nl: Texts = {
  common: {
    loading: 'Laden…',
    notAvailable: 'Deze content is momenteel niet beschikbaar',
    notAvailableHint: 'De eigenaar heeft het misschien alleen met een kleine groep mensen gedeeld of het verwijderd.',
    close: 'Sluiten',
    back: 'Terug',
    privacyCenter: 'Privacycentrum',
  },
  feed: {
    like: 'Vind ik leuk',
    comment: 'Reageren',
    share: 'Delen',
    posts: [
      'Wat een mooie dag aan het meer met de hele familie!',
      'Vanavond een nieuw recept geprobeerd: appeltaart.',
      'Wie gaat er zaterdag mee naar het concert?',
    ],
  },
  facebook: {
    yourProfile: 'Jouw profiel',
    search: 'Zoeken op Facebook',
    friends: 'Vrienden',
    groups: 'Groepen',
    marketplace: 'Marketplace',
    memories: 'Herinneringen',
    saved: 'Opgeslagen',
    seeAllProfiles: 'Alle profielen bekijken',
    settingsPrivacy: 'Instellingen en privacy',
    helpSupport: 'Hulp en ondersteuning',
    display: 'Weergave en toegankelijkheid',
    feedback: 'Feedback geven',
    logout: 'Uitloggen',
    settings: 'Instellingen',
    privacyCheckup: 'Privacycontrole',
    activityLog: 'Activiteitenlogboek',
    language: 'Taal',
    helpCenter: 'Helpcentrum',
    supportInbox: 'Ondersteuningsinbox',
    reportProblem: 'Een probleem melden',
  },
  privacyCenter: {
    intro: 'Ontdek hoe je je privacy beheert op Facebook, Instagram en andere Meta-producten.',
    topicsHeading: 'Privacyonderwerpen',
    topicBody: 'Kies de instellingen die bij je passen.',
    topics: {
      security: { title: 'Beveiliging', description: 'Houd je account en informatie veilig.' },
      sharing: { title: 'Delen', description: 'Kies wie kan zien wat je deelt.' },
      ads: { title: 'Advertenties', description: 'Ontdek hoe advertenties voor je worden gekozen.' },
      ai: { title: 'AI bij Meta', description: 'Hoe we generatieve AI-functies bouwen en welke keuzes je hebt.' },
    },
  },
  genai: {
    title: 'Hoe Meta informatie gebruikt voor generatieve AI-modellen en -functies',
    intro:
      'We gebruiken openbare informatie, zoals openbare berichten en reacties, en je interacties met AI-functies om onze generatieve AI-modellen te ontwikkelen en te verbeteren.',
    whatHeading: 'Wat is generatieve AI?',
    whatBody: 'Generatieve AI maakt tekst, afbeeldingen en andere content op basis van eenvoudige instructies.',
    rightsHeading: 'Je rechten',
    notice: {
      // "bezwaar maken" is the link's wording in the guides of docs/meta-pages.md; Dutch grammar wants "om bezwaar
      // te maken" inside the sentence, so the link sits in a second sentence.
      before:
        'Je hebt het recht om bezwaar te maken tegen het gebruik van je informatie voor deze doeleinden. Via dit formulier kun je ',
      link: 'bezwaar maken',
      after: '. Als je bezwaar wordt gehonoreerd, geldt het vanaf dat moment.',
    },
  },
  form: {
    helpCenter: 'Helpcentrum',
    title2025: 'Bezwaar maken tegen het gebruik van je informatie voor AI bij Meta',
    title2024: 'Je recht om bezwaar te maken tegen het gebruik van je informatie voor AI bij Meta',
    intro:
      'AI bij Meta is onze verzameling generatieve AI-functies en -ervaringen. Met dit formulier kun je bezwaar maken tegen het gebruik van je informatie om AI bij Meta te ontwikkelen en te verbeteren.',
    question: 'Heeft je verzoek betrekking op AI bij Meta?',
    yes: 'Ja',
    no: 'Nee',
    noMessage: 'Dit formulier is alleen bedoeld voor verzoeken over AI bij Meta. Ga voor andere vragen naar het Helpcentrum.',
    email: 'E-mailadres',
    reason: 'Laat ons weten welke invloed deze verwerking op je heeft',
    country: 'Land van verblijf',
    countryPlaceholder: 'Selecteer een land',
    countries: {
      AT: 'Oostenrijk', BE: 'België', DE: 'Duitsland', ES: 'Spanje',
      FR: 'Frankrijk', IE: 'Ierland', IT: 'Italië', NL: 'Nederland',
    },
    send: 'Verzenden',
    errorEmail: 'Voer je e-mailadres in.',
    errorCountry: 'Selecteer je land van verblijf.',
    thanks: 'Bedankt',
    confirmation:
      'We zullen je bezwaar honoreren. Dit betekent dat we je informatie vanaf nu niet meer gebruiken om AI bij Meta te ontwikkelen en te verbeteren. We honoreren je bezwaar ook voor alle andere accounts die je aan hetzelfde Accountcenter hebt toegevoegd.',
  },
  thirdParty: {
    title: 'Rechten van betrokkenen voor informatie van derden die wordt gebruikt voor AI bij Meta',
    intro:
      'Gebruik dit formulier als informatie over jou die anderen hebben gedeeld, of die van buiten Meta komt, wordt gebruikt voor AI bij Meta. Je hebt geen account nodig.',
    reason: 'Details van je verzoek',
    confirmation: 'Bedankt voor je bericht. We hebben je verzoek ontvangen en zullen het beoordelen.',
  },
  accountsCenter: {
    title: 'Accountcenter',
    intro: 'Beheer je gekoppelde ervaringen en accountinstellingen voor alle Meta-technologieën.',
    profiles: 'Profielen',
    connected: 'Gekoppelde ervaringen',
    security: 'Wachtwoord en beveiliging',
    addAccounts: 'Accounts toevoegen',
    securityChecks: 'Beveiligingscontroles',
    recentEmails: 'Recente e-mails',
  },
  instagram: {
    home: 'Home',
    search: 'Zoeken',
    explore: 'Ontdekken',
    reels: 'Reels',
    messages: 'Berichten',
    notifications: 'Meldingen',
    create: 'Maken',
    profile: 'Profiel',
    more: 'Meer',
    posts: 'berichten',
    settings: 'Instellingen',
    activity: 'Jouw activiteit',
    saved: 'Opgeslagen',
    appearance: 'Weergave wijzigen',
    report: 'Een probleem melden',
    switchAccounts: 'Van account wisselen',
    logout: 'Uitloggen',
    howYouUse: 'Hoe je Instagram gebruikt',
    editProfile: 'Profiel bewerken',
    editProfileHint: 'Je profielfoto, naam, bio en links.',
    moreInfo: 'Meer informatie en ondersteuning',
    help: 'Help',
    accountStatus: 'Accountstatus',
    about: 'Info',
  },
};

/** British English (docs/meta-pages.md, "Variations the guide must survive"): Centre, honour; everything else as en. */
const enGB: Texts = {
  ...en,
  common: { ...en.common, privacyCenter: 'Privacy Centre' },
  facebook: { ...en.facebook, helpCenter: 'Help Centre' },
  form: { ...en.form, helpCenter: 'Help Centre' },
  accountsCenter: { ...en.accountsCenter, title: 'Accounts Centre' },
};

export const TEXTS: Readonly<Record<ReplicaLang, Texts>> = { en, 'en-GB': enGB, fr, de, es, it, nl };
