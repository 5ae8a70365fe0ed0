/**
 * The data protection authorities a person may complain to (GDPR Art. 77): the 27 EU
 * countries, Iceland, Liechtenstein and Norway (EEA), and in Germany the authority of each
 * Land (for a company such as Meta, the Land's authority for the private sector, not the
 * federal BfDI). Data, checked by authority-schema.ts in tests/unit/followup/authorities.test.ts.
 *
 * Sources: each authority's own site as last known to us (`sourceDate`, the day the entry was
 * written from them), cross-checked with datenanfragen.de's open list of supervisory authorities
 * (github.com/datenanfragen/data, supervisory-authorities/). The build machines have no network:
 * re-check the addresses before each release (see docs/meta-pages.md).
 */
import { EEA_COUNTRIES, type Country, type Land } from './authority-codes';

/** One authority; authority-schema.ts checks every entry (kept apart so that pages bundle no zod). */
export interface Authority {
  /** "FR"; "DE-BY" for a German Land (authority-codes.ts lists them). */
  code: string;
  country: Country;
  /** The authority's name in its own language. */
  name: string;
  /** Where a person lodges a complaint (a form, or the page that says how), https. */
  complaintUrl: string;
  /** When the entry was last checked against its source (YYYY-MM-DD). */
  sourceDate: string;
}

const D = '2026-11-28';

export const AUTHORITIES: readonly Authority[] = [
  { code: 'AT', country: 'AT', name: 'Österreichische Datenschutzbehörde', complaintUrl: 'https://www.dsb.gv.at/eingaben-an-die-dsb/beschwerde', sourceDate: D },
  { code: 'BE', country: 'BE', name: 'Autorité de protection des données / Gegevensbeschermingsautoriteit', complaintUrl: 'https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint', sourceDate: D },
  { code: 'BG', country: 'BG', name: 'Комисия за защита на личните данни', complaintUrl: 'https://cpdp.bg/en/index.php?p=pages&aid=56', sourceDate: D },
  { code: 'HR', country: 'HR', name: 'Agencija za zaštitu osobnih podataka (AZOP)', complaintUrl: 'https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/', sourceDate: D },
  { code: 'CY', country: 'CY', name: 'Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', complaintUrl: 'https://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/page2c_en/page2c_en?opendocument', sourceDate: D },
  { code: 'CZ', country: 'CZ', name: 'Úřad pro ochranu osobních údajů', complaintUrl: 'https://uoou.gov.cz/verejnost/stiznost-na-spravce-nebo-zpracovatele', sourceDate: D },
  { code: 'DK', country: 'DK', name: 'Datatilsynet', complaintUrl: 'https://www.datatilsynet.dk/borger/klag-til-datatilsynet', sourceDate: D },
  { code: 'EE', country: 'EE', name: 'Andmekaitse Inspektsioon', complaintUrl: 'https://www.aki.ee/kaebuse-esitamine', sourceDate: D },
  { code: 'FI', country: 'FI', name: 'Tietosuojavaltuutetun toimisto', complaintUrl: 'https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle', sourceDate: D },
  { code: 'FR', country: 'FR', name: 'Commission nationale de l’informatique et des libertés (CNIL)', complaintUrl: 'https://www.cnil.fr/fr/adresser-une-plainte', sourceDate: D },
  { code: 'GR', country: 'GR', name: 'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', complaintUrl: 'https://www.dpa.gr/el/polites/katagelia_stin_arxi', sourceDate: D },
  { code: 'HU', country: 'HU', name: 'Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)', complaintUrl: 'https://naih.hu/panaszbejelentes', sourceDate: D },
  { code: 'IE', country: 'IE', name: 'Data Protection Commission', complaintUrl: 'https://www.dataprotection.ie/en/individuals/exercising-your-rights/raising-concern-commission', sourceDate: D },
  { code: 'IT', country: 'IT', name: 'Garante per la protezione dei dati personali', complaintUrl: 'https://www.garanteprivacy.it/home/diritti/come-agire-per-tutelare-i-tuoi-dati-personali/reclamo', sourceDate: D },
  { code: 'LV', country: 'LV', name: 'Datu valsts inspekcija', complaintUrl: 'https://www.dvi.gov.lv/lv/sudzibas-iesniegsana', sourceDate: D },
  { code: 'LT', country: 'LT', name: 'Valstybinė duomenų apsaugos inspekcija', complaintUrl: 'https://vdai.lrv.lt/lt/veiklos-sritys-1/skundu-nagrinejimas', sourceDate: D },
  { code: 'LU', country: 'LU', name: 'Commission nationale pour la protection des données (CNPD)', complaintUrl: 'https://cnpd.public.lu/fr/particuliers/faire-valoir/formulaire-plainte.html', sourceDate: D },
  { code: 'MT', country: 'MT', name: 'Information and Data Protection Commissioner (IDPC)', complaintUrl: 'https://idpc.org.mt/file-a-complaint/', sourceDate: D },
  { code: 'NL', country: 'NL', name: 'Autoriteit Persoonsgegevens', complaintUrl: 'https://www.autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap', sourceDate: D },
  { code: 'PL', country: 'PL', name: 'Urząd Ochrony Danych Osobowych (UODO)', complaintUrl: 'https://uodo.gov.pl/pl/83/155', sourceDate: D },
  { code: 'PT', country: 'PT', name: 'Comissão Nacional de Proteção de Dados (CNPD)', complaintUrl: 'https://www.cnpd.pt/cidadaos/participacoes/', sourceDate: D },
  { code: 'RO', country: 'RO', name: 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal', complaintUrl: 'https://www.dataprotection.ro/?page=Plangeri_pagina_principala', sourceDate: D },
  { code: 'SK', country: 'SK', name: 'Úrad na ochranu osobných údajov Slovenskej republiky', complaintUrl: 'https://dataprotection.gov.sk/sk/legislativa-metodiky/konanie-o-ochrane-osobnych-udajov/', sourceDate: D },
  { code: 'SI', country: 'SI', name: 'Informacijski pooblaščenec', complaintUrl: 'https://www.ip-rs.si/varstvo-osebnih-podatkov/pritozbe-in-prijave', sourceDate: D },
  { code: 'ES', country: 'ES', name: 'Agencia Española de Protección de Datos (AEPD)', complaintUrl: 'https://sedeagpd.gob.es/sede-electronica-web/vistas/formReclamacionDerechos/reclamacionDerechos.jsf', sourceDate: D },
  { code: 'SE', country: 'SE', name: 'Integritetsskyddsmyndigheten (IMY)', complaintUrl: 'https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/', sourceDate: D },
  { code: 'IS', country: 'IS', name: 'Persónuvernd', complaintUrl: 'https://www.personuvernd.is/einstaklingar/kvortun', sourceDate: D },
  { code: 'LI', country: 'LI', name: 'Datenschutzstelle Fürstentum Liechtenstein', complaintUrl: 'https://www.datenschutzstelle.li/datenschutz/beschwerde', sourceDate: D },
  { code: 'NO', country: 'NO', name: 'Datatilsynet', complaintUrl: 'https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/klage-til-datatilsynet/', sourceDate: D },
  // Germany: the Land's authority for companies.
  { code: 'DE-BW', country: 'DE', name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg', complaintUrl: 'https://www.baden-wuerttemberg.datenschutz.de/online-beschwerde/', sourceDate: D },
  { code: 'DE-BY', country: 'DE', name: 'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)', complaintUrl: 'https://www.lda.bayern.de/de/beschwerde.html', sourceDate: D },
  { code: 'DE-BE', country: 'DE', name: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit', complaintUrl: 'https://www.datenschutz-berlin.de/buergerinnen-und-buerger/beschwerde/', sourceDate: D },
  { code: 'DE-BB', country: 'DE', name: 'Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg', complaintUrl: 'https://www.lda.brandenburg.de/lda/de/beschwerde/', sourceDate: D },
  { code: 'DE-HB', country: 'DE', name: 'Die Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen', complaintUrl: 'https://www.datenschutz.bremen.de/beschwerde-einreichen-1469', sourceDate: D },
  { code: 'DE-HH', country: 'DE', name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', complaintUrl: 'https://datenschutz-hamburg.de/beschwerde', sourceDate: D },
  { code: 'DE-HE', country: 'DE', name: 'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit', complaintUrl: 'https://datenschutz.hessen.de/buergerinnen-und-buerger/beschwerde-einreichen', sourceDate: D },
  { code: 'DE-MV', country: 'DE', name: 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern', complaintUrl: 'https://www.datenschutz-mv.de/beschwerde/', sourceDate: D },
  { code: 'DE-NI', country: 'DE', name: 'Der Landesbeauftragte für den Datenschutz Niedersachsen', complaintUrl: 'https://www.lfd.niedersachsen.de/startseite/meine_rechte/beschwerde/', sourceDate: D },
  { code: 'DE-NW', country: 'DE', name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen', complaintUrl: 'https://www.ldi.nrw.de/kontakt/ihre-beschwerde', sourceDate: D },
  { code: 'DE-RP', country: 'DE', name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz', complaintUrl: 'https://www.datenschutz.rlp.de/de/themenfelder-themen/beschwerde/', sourceDate: D },
  { code: 'DE-SL', country: 'DE', name: 'Unabhängiges Datenschutzzentrum Saarland', complaintUrl: 'https://www.datenschutz.saarland.de/buergerinnen-und-buerger/beschwerde', sourceDate: D },
  { code: 'DE-SN', country: 'DE', name: 'Sächsische Datenschutz- und Transparenzbeauftragte', complaintUrl: 'https://www.datenschutz.sachsen.de/beschwerde.html', sourceDate: D },
  { code: 'DE-ST', country: 'DE', name: 'Landesbeauftragter für den Datenschutz Sachsen-Anhalt', complaintUrl: 'https://datenschutz.sachsen-anhalt.de/buerger/beschwerde', sourceDate: D },
  { code: 'DE-SH', country: 'DE', name: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)', complaintUrl: 'https://www.datenschutzzentrum.de/beschwerde/', sourceDate: D },
  { code: 'DE-TH', country: 'DE', name: 'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit', complaintUrl: 'https://www.tlfdi.de/beschwerde/', sourceDate: D },
];

export function authorityByCode(code: string): Authority | undefined {
  return AUTHORITIES.find((a) => a.code === code);
}

/** The authorities of a country: one, or for Germany the 16 of the Länder. */
export function authoritiesOf(country: Country): Authority[] {
  return AUTHORITIES.filter((a) => a.country === country);
}

/** The UI language's most likely country ("de" → Germany, "en" → Ireland), for the default choice. */
const COUNTRY_OF_LANGUAGE: Record<string, Country> = {
  bg: 'BG', cs: 'CZ', da: 'DK', de: 'DE', el: 'GR', en: 'IE', es: 'ES', et: 'EE', fi: 'FI', fr: 'FR',
  ga: 'IE', hr: 'HR', hu: 'HU', it: 'IT', lt: 'LT', lv: 'LV', mt: 'MT', nl: 'NL', pl: 'PL', pt: 'PT',
  ro: 'RO', sk: 'SK', sl: 'SI', sv: 'SE',
};

/** The country a UI locale suggests: its region when it is an EEA country ("fr-BE" → BE), else its language's. */
export function defaultCountry(locale: string): Country {
  const [language, region] = locale.replace('_', '-').split('-');
  const upper = region?.toUpperCase();
  if (upper && (EEA_COUNTRIES as readonly string[]).includes(upper)) return upper as Country;
  return COUNTRY_OF_LANGUAGE[language.toLowerCase()] ?? 'IE';
}

/** The Länder by their own names, for the choice on the complaint kit. */
export const LAND_NAMES: Record<Land, string> = {
  BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg',
  HE: 'Hessen', MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz', SL: 'Saarland', SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
};
