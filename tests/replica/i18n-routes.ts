/**
 * Visible texts of the replica's other routes and of the pages full of other people (issue 8),
 * per language: Facebook's banner beside "Your profile", the settings pages, the Privacy Policy
 * route with its chooser, the 2024 forms' explanation check and e-mail code step, the
 * Italian-style on-page confirmation, a friend's profile, a group's members, the profile switcher.
 *
 * English follows the quotes of docs/meta-pages.md ("Other policies and articles", "Your right to object",
 * "Learn more and submit requests here", the chooser's three options, the Italian-style
 * confirmation); the other languages are the replica's best rendering, matched by the
 * playbooks' labels (lib/texts/<lang>.json).
 */
import type { ReplicaLang } from './i18n';

export interface RouteTexts {
  banner: { facebookMenu: string; accountControls: string; accountOld: string; notifications: string };
  /** The Facebook menu's entries (not the account menu). */
  appsMenu: readonly string[];
  settings: { title: string; nav: readonly string[]; privacyPolicy: string };
  policy: {
    title: string;
    intro: string;
    sections: readonly string[];
    other: string;
    articles: readonly string[];
    rightToObject: string;
    objectBody: string;
    submitRequests: string;
    thirdPartyBefore: string;
    thirdPartyLink: string;
  };
  chooser: { legend: string; own: string; thirdParty: string; different: string; thirdPartyNote: string; differentNote: string };
  form2024: {
    errorReason: string;
    codeTitle: string;
    codeBody: string;
    codeLabel: string;
    codeConfirm: string;
    codeError: string;
  };
  /** The Italian-style confirmation: the request "applied going forward", an e-mail to come. */
  confirmationApplied: string;
  people: { posts: string; about: string; friends: string; photos: string; members: string; groupFeed: string; discover: string; sharedPost: string };
}

const en: RouteTexts = {
  banner: { facebookMenu: 'Facebook menu', accountControls: 'Account Controls and Settings', accountOld: 'Account', notifications: 'Notifications' },
  appsMenu: ['Meta AI', 'Ads Manager', 'Events', 'Fundraisers'],
  settings: { title: 'Settings', nav: ['Ad preferences', 'Your information', 'Blocking', 'Notifications', 'Language and region'], privacyPolicy: 'Privacy Policy' },
  policy: {
    title: 'Privacy Policy',
    intro: 'This policy explains how we collect, use and share your information.',
    sections: ['What information do we collect?', 'How do we use your information?', 'How is your information shared?'],
    other: 'Other policies and articles',
    articles: ['Cookies Policy', 'How Meta uses information for generative AI models and features', 'Terms of Service'],
    rightToObject: 'Your right to object',
    objectBody: 'You have the right to object to the processing of your information for developing and improving AI at Meta.',
    submitRequests: 'Learn more and submit requests here',
    thirdPartyBefore: 'If information about you from third parties is used, ',
    thirdPartyLink: 'learn more here',
  },
  chooser: {
    legend: 'What would you like to do?',
    own: 'I want to object to the use of my information for AI at Meta',
    thirdParty: 'I want to object to or restrict the processing of my personal information from third parties used for developing and improving AI at Meta',
    different: 'I have a different objection',
    thirdPartyNote: 'Use the form for information from third parties:',
    differentNote: 'For other objections, visit the Help Center.',
  },
  form2024: {
    errorReason: 'Your explanation is too short. Please tell us more (at least 100 characters).',
    codeTitle: 'Check your email',
    codeBody: 'We sent a code to your email address. Enter it to confirm your request.',
    codeLabel: 'Confirmation code',
    codeConfirm: 'Confirm',
    codeError: 'That code isn’t right. Enter the 6-digit code from the email.',
  },
  confirmationApplied:
    "Thank you. We've received your request. This means that your request will be applied going forward to developing and improving AI at Meta. You'll receive an email with details.",
  people: { posts: 'Posts', about: 'About', friends: 'Friends', photos: 'Photos', members: 'Members', groupFeed: 'Your feed', discover: 'Discover', sharedPost: 'shared a post' },
};

const fr: RouteTexts = {
  banner: { facebookMenu: 'Menu Facebook', accountControls: 'Raccourcis du compte', accountOld: 'Compte', notifications: 'Notifications' },
  appsMenu: ['Meta AI', 'Gestionnaire de publicités', 'Évènements', 'Collectes de fonds'],
  settings: { title: 'Paramètres', nav: ['Préférences publicitaires', 'Vos informations', 'Blocage', 'Notifications', 'Langue et région'], privacyPolicy: 'Politique de confidentialité' },
  policy: {
    title: 'Politique de confidentialité',
    intro: 'Cette politique explique comment nous recueillons, utilisons et partageons vos informations.',
    sections: ['Quelles informations recueillons-nous ?', 'Comment utilisons-nous vos informations ?', 'Comment vos informations sont-elles partagées ?'],
    other: 'Autres politiques et articles',
    articles: ['Politique d’utilisation des cookies', 'Comment Meta utilise les informations pour les modèles et fonctionnalités d’IA générative', 'Conditions de service'],
    rightToObject: 'Votre droit d’opposition',
    objectBody: 'Vous avez le droit de vous opposer au traitement de vos informations pour développer et améliorer l’IA chez Meta.',
    submitRequests: 'En savoir plus et envoyer des demandes ici',
    thirdPartyBefore: 'Si des informations vous concernant provenant de tiers sont utilisées, ',
    thirdPartyLink: 'consultez cette page',
  },
  chooser: {
    legend: 'Que souhaitez-vous faire ?',
    own: 'Je souhaite m’opposer à l’utilisation de mes informations pour l’IA chez Meta',
    thirdParty: 'Je souhaite m’opposer au traitement de mes informations personnelles provenant de tiers, ou le limiter, pour le développement et l’amélioration de l’IA chez Meta',
    different: 'J’ai une autre opposition',
    thirdPartyNote: 'Utilisez le formulaire pour les informations provenant de tiers :',
    differentNote: 'Pour toute autre opposition, consultez les Pages d’aide.',
  },
  form2024: {
    errorReason: 'Votre explication est trop courte. Veuillez nous en dire plus (au moins 100 caractères).',
    codeTitle: 'Consultez vos e-mails',
    codeBody: 'Nous avons envoyé un code à votre adresse e-mail. Saisissez-le pour confirmer votre demande.',
    codeLabel: 'Code de confirmation',
    codeConfirm: 'Confirmer',
    codeError: 'Ce code est incorrect. Saisissez le code à 6 chiffres reçu par e-mail.',
  },
  confirmationApplied:
    'Merci. Nous avons bien reçu votre demande. Cela signifie que votre demande sera appliquée à partir de maintenant au développement et à l’amélioration de l’IA chez Meta. Vous recevrez un e-mail contenant des détails.',
  people: { posts: 'Publications', about: 'À propos', friends: 'Amis', photos: 'Photos', members: 'Membres', groupFeed: 'Votre fil', discover: 'Découvrir', sharedPost: 'a partagé une publication' },
};

const de: RouteTexts = {
  banner: { facebookMenu: 'Facebook-Menü', accountControls: 'Kontosteuerung und Einstellungen', accountOld: 'Konto', notifications: 'Benachrichtigungen' },
  appsMenu: ['Meta AI', 'Werbeanzeigenmanager', 'Veranstaltungen', 'Spendenaktionen'],
  settings: { title: 'Einstellungen', nav: ['Werbepräferenzen', 'Deine Informationen', 'Blockieren', 'Benachrichtigungen', 'Sprache und Region'], privacyPolicy: 'Datenschutzrichtlinie' },
  policy: {
    title: 'Datenschutzrichtlinie',
    intro: 'Diese Richtlinie erklärt, wie wir deine Informationen erheben, verwenden und teilen.',
    sections: ['Welche Informationen erheben wir?', 'Wie verwenden wir deine Informationen?', 'Wie werden deine Informationen geteilt?'],
    other: 'Weitere Richtlinien und Artikel',
    articles: ['Cookie-Richtlinie', 'Wie Meta Informationen für generative KI-Modelle und -Funktionen verwendet', 'Nutzungsbedingungen'],
    rightToObject: 'Dein Widerspruchsrecht',
    objectBody: 'Du hast das Recht, der Verarbeitung deiner Informationen für die Entwicklung und Verbesserung von KI bei Meta zu widersprechen.',
    submitRequests: 'Hier erfährst du mehr und kannst Anfragen einreichen',
    thirdPartyBefore: 'Wenn Informationen über dich von Dritten verwendet werden, findest du hier ',
    thirdPartyLink: 'mehr dazu',
  },
  chooser: {
    legend: 'Was möchtest du tun?',
    own: 'Ich möchte der Verwendung meiner Informationen für KI bei Meta widersprechen',
    thirdParty: 'Ich möchte der Verarbeitung meiner personenbezogenen Informationen von Dritten für die Entwicklung und Verbesserung von KI bei Meta widersprechen oder sie einschränken',
    different: 'Ich habe einen anderen Widerspruch',
    thirdPartyNote: 'Verwende das Formular für Informationen von Dritten:',
    differentNote: 'Für andere Widersprüche besuche den Hilfebereich.',
  },
  form2024: {
    errorReason: 'Deine Erklärung ist zu kurz. Bitte erzähl uns mehr (mindestens 100 Zeichen).',
    codeTitle: 'Sieh in deinen E-Mails nach',
    codeBody: 'Wir haben einen Code an deine E-Mail-Adresse gesendet. Gib ihn ein, um deine Anfrage zu bestätigen.',
    codeLabel: 'Bestätigungscode',
    codeConfirm: 'Bestätigen',
    codeError: 'Dieser Code ist nicht richtig. Gib den 6-stelligen Code aus der E-Mail ein.',
  },
  confirmationApplied:
    'Vielen Dank. Wir haben deine Anfrage erhalten. Das bedeutet, dass deine Anfrage ab sofort auf die Entwicklung und Verbesserung von KI bei Meta angewendet wird. Du erhältst eine E-Mail mit Details.',
  people: { posts: 'Beiträge', about: 'Info', friends: 'Freunde', photos: 'Fotos', members: 'Mitglieder', groupFeed: 'Dein Feed', discover: 'Entdecken', sharedPost: 'hat einen Beitrag geteilt' },
};

const es: RouteTexts = {
  banner: { facebookMenu: 'Menú de Facebook', accountControls: 'Controles y configuración de la cuenta', accountOld: 'Cuenta', notifications: 'Notificaciones' },
  appsMenu: ['Meta AI', 'Administrador de anuncios', 'Eventos', 'Recaudaciones de fondos'],
  settings: { title: 'Configuración', nav: ['Preferencias de anuncios', 'Tu información', 'Bloqueos', 'Notificaciones', 'Idioma y región'], privacyPolicy: 'Política de privacidad' },
  policy: {
    title: 'Política de privacidad',
    intro: 'Esta política explica cómo recopilamos, usamos y compartimos tu información.',
    sections: ['¿Qué información recopilamos?', '¿Cómo usamos tu información?', '¿Cómo se comparte tu información?'],
    other: 'Otras políticas y artículos',
    articles: ['Política de cookies', 'Cómo usa Meta la información para los modelos y las funciones de IA generativa', 'Condiciones del servicio'],
    rightToObject: 'Tu derecho a oponerte',
    objectBody: 'Tienes derecho a oponerte al tratamiento de tu información para desarrollar y mejorar la IA en Meta.',
    submitRequests: 'Más información y envío de solicitudes aquí',
    thirdPartyBefore: 'Si se usa información sobre ti procedente de terceros, ',
    thirdPartyLink: 'obtén más información aquí',
  },
  chooser: {
    legend: '¿Qué quieres hacer?',
    own: 'Quiero oponerme al uso de mi información para la IA en Meta',
    thirdParty: 'Quiero oponerme al tratamiento de mi información personal procedente de terceros, o limitarlo, para desarrollar y mejorar la IA en Meta',
    different: 'Tengo otra objeción',
    thirdPartyNote: 'Usa el formulario para la información procedente de terceros:',
    differentNote: 'Para otras objeciones, visita el servicio de ayuda.',
  },
  form2024: {
    errorReason: 'Tu explicación es demasiado corta. Cuéntanos más (al menos 100 caracteres).',
    codeTitle: 'Revisa tu correo electrónico',
    codeBody: 'Hemos enviado un código a tu dirección de correo electrónico. Introdúcelo para confirmar tu solicitud.',
    codeLabel: 'Código de confirmación',
    codeConfirm: 'Confirmar',
    codeError: 'El código no es correcto. Introduce el código de 6 dígitos del correo.',
  },
  confirmationApplied:
    'Gracias. Hemos recibido tu solicitud. Esto significa que tu solicitud se aplicará a partir de ahora al desarrollo y la mejora de la IA en Meta. Recibirás un correo electrónico con los detalles.',
  people: { posts: 'Publicaciones', about: 'Información', friends: 'Amigos', photos: 'Fotos', members: 'Miembros', groupFeed: 'Tu sección', discover: 'Descubrir', sharedPost: 'compartió una publicación' },
};

const it: RouteTexts = {
  banner: { facebookMenu: 'Menu di Facebook', accountControls: 'Controlli e impostazioni dell’account', accountOld: 'Account', notifications: 'Notifiche' },
  appsMenu: ['Meta AI', 'Gestione inserzioni', 'Eventi', 'Raccolte fondi'],
  settings: { title: 'Impostazioni', nav: ['Preferenze relative alle inserzioni', 'Le tue informazioni', 'Blocco', 'Notifiche', 'Lingua e area geografica'], privacyPolicy: 'Informativa sulla privacy' },
  policy: {
    title: 'Informativa sulla privacy',
    intro: 'Questa informativa spiega come raccogliamo, usiamo e condividiamo le tue informazioni.',
    sections: ['Quali informazioni raccogliamo?', 'Come usiamo le tue informazioni?', 'Come vengono condivise le tue informazioni?'],
    other: 'Altre normative e articoli',
    articles: ['Normativa sui cookie', 'In che modo Meta usa le informazioni per i modelli e le funzioni di IA generativa', 'Condizioni d’uso'],
    rightToObject: 'Il tuo diritto di opposizione',
    objectBody: 'Hai diritto di opporti al trattamento delle tue informazioni per sviluppare e migliorare l’IA di Meta.',
    submitRequests: 'Scopri di più e invia le richieste qui',
    thirdPartyBefore: 'Se vengono usate informazioni su di te provenienti da terzi, ',
    thirdPartyLink: 'scopri di più qui',
  },
  chooser: {
    legend: 'Cosa vuoi fare?',
    own: 'Voglio oppormi all’uso delle mie informazioni per l’IA di Meta',
    thirdParty: 'Voglio oppormi al trattamento delle mie informazioni personali provenienti da terzi, o limitarlo, per sviluppare e migliorare l’IA di Meta',
    different: 'Ho un’altra opposizione',
    thirdPartyNote: 'Usa il modulo per le informazioni provenienti da terzi:',
    differentNote: 'Per altre opposizioni, visita il Centro assistenza.',
  },
  form2024: {
    errorReason: 'La tua spiegazione è troppo breve. Raccontaci di più (almeno 100 caratteri).',
    codeTitle: 'Controlla la tua e-mail',
    codeBody: 'Abbiamo inviato un codice al tuo indirizzo e-mail. Inseriscilo per confermare la richiesta.',
    codeLabel: 'Codice di conferma',
    codeConfirm: 'Conferma',
    codeError: 'Il codice non è corretto. Inserisci il codice di 6 cifre dell’e-mail.',
  },
  confirmationApplied:
    'Grazie. Abbiamo ricevuto la tua richiesta. Ciò significa che la tua richiesta verrà applicata d’ora in avanti allo sviluppo e al miglioramento dell’IA di Meta. Riceverai un’e-mail con i dettagli.',
  people: { posts: 'Post', about: 'Informazioni', friends: 'Amici', photos: 'Foto', members: 'Membri', groupFeed: 'Il tuo feed', discover: 'Scopri', sharedPost: 'ha condiviso un post' },
};

const nl: RouteTexts = {
  banner: { facebookMenu: 'Facebook-menu', accountControls: 'Accountbeheer en instellingen', accountOld: 'Account', notifications: 'Meldingen' },
  appsMenu: ['Meta AI', 'Advertentiebeheer', 'Evenementen', 'Inzamelingsacties'],
  settings: { title: 'Instellingen', nav: ['Advertentievoorkeuren', 'Je informatie', 'Blokkeren', 'Meldingen', 'Taal en regio'], privacyPolicy: 'Privacybeleid' },
  policy: {
    title: 'Privacybeleid',
    intro: 'Dit beleid legt uit hoe we je informatie verzamelen, gebruiken en delen.',
    sections: ['Welke informatie verzamelen we?', 'Hoe gebruiken we je informatie?', 'Hoe wordt je informatie gedeeld?'],
    other: 'Andere beleidsregels en artikelen',
    articles: ['Cookiebeleid', 'Hoe Meta informatie gebruikt voor generatieve AI-modellen en -functies', 'Servicevoorwaarden'],
    rightToObject: 'Je recht om bezwaar te maken',
    objectBody: 'Je hebt het recht om bezwaar te maken tegen de verwerking van je informatie voor het ontwikkelen en verbeteren van AI bij Meta.',
    submitRequests: 'Meer informatie en verzoeken indienen',
    thirdPartyBefore: 'Als informatie over jou van derden wordt gebruikt, ',
    thirdPartyLink: 'lees je hier meer',
  },
  chooser: {
    legend: 'Wat wil je doen?',
    own: 'Ik wil bezwaar maken tegen het gebruik van mijn informatie voor AI bij Meta',
    thirdParty: 'Ik wil bezwaar maken tegen of beperking vragen van de verwerking van mijn persoonsgegevens van derden voor het ontwikkelen en verbeteren van AI bij Meta',
    different: 'Ik heb een ander bezwaar',
    thirdPartyNote: 'Gebruik het formulier voor informatie van derden:',
    differentNote: 'Ga voor andere bezwaren naar het Helpcentrum.',
  },
  form2024: {
    errorReason: 'Je uitleg is te kort. Vertel ons meer (minstens 100 tekens).',
    codeTitle: 'Controleer je e-mail',
    codeBody: 'We hebben een code naar je e-mailadres gestuurd. Voer deze in om je verzoek te bevestigen.',
    codeLabel: 'Bevestigingscode',
    codeConfirm: 'Bevestigen',
    codeError: 'Die code klopt niet. Voer de 6-cijferige code uit de e-mail in.',
  },
  confirmationApplied:
    'Bedankt. We hebben je verzoek ontvangen. Dit betekent dat je verzoek vanaf nu wordt toegepast op het ontwikkelen en verbeteren van AI bij Meta. Je ontvangt een e-mail met details.',
  people: { posts: 'Berichten', about: 'Info', friends: 'Vrienden', photos: 'Foto’s', members: 'Leden', groupFeed: 'Je feed', discover: 'Ontdekken', sharedPost: 'heeft een bericht gedeeld' },
};

export const ROUTE_TEXTS: Readonly<Record<ReplicaLang, RouteTexts>> = { en, 'en-GB': en, fr, de, es, it, nl };
