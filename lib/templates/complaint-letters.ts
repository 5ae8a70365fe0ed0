import type { Language } from '../languages';

/**
 * The complaint kit's letter to a data protection authority, per language: a complaint under
 * GDPR Art. 77 that an objection under Art. 21 was not confirmed within the month of Art. 12(3).
 * Plain text. Placeholders: {authority}, {today}, {objections} (one line per objection, built
 * from `line` with {date}, {account}, {form}). Each names the GDPR as that language's official
 * text does. en, fr, de, es, it, nl, pt are our careful wording; the others are our own
 * translations of the English letter, not yet checked by a native speaker.
 */
export interface LetterText {
  body: string;
  line: string;
}

const SIGN = (name: string, address: string, email: string) => `[${name}]\n[${address}]\n[${email}]`;

export const COMPLAINT_LETTERS: Record<Language, LetterText> = {
  en: {
    body: `To: {authority}

{today}

Subject: Complaint against Meta Platforms Ireland Limited – objection under Article 21 GDPR not confirmed

Dear Sir or Madam,

Under Article 77 of the General Data Protection Regulation (GDPR), I lodge a complaint against Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Ireland), which runs Facebook and Instagram in the European Union.

Under Article 21 GDPR, I objected to Meta using my personal data (my public posts, photos and comments, and my interactions with Meta AI) to develop and improve its artificial intelligence. I sent my objection with the form Meta provides:
{objections}

Meta showed a confirmation on screen, but I have received no e-mail confirming that my objection is honoured. Article 12(3) GDPR requires Meta to act on my request without undue delay and at the latest within one month of receiving it.

I ask you to examine this complaint, to ensure that Meta honours my objection and confirms it to me, and to inform me of the outcome. The dated record of my objections is enclosed.

Yours faithfully,

${SIGN('Your name', 'Your postal address', 'The e-mail address used on Meta’s form')}`,
    line: '– {date}: {account}, form {form}',
  },
  fr: {
    body: `À : {authority}

{today}

Objet : Plainte contre Meta Platforms Ireland Limited – opposition au titre de l’article 21 du RGPD non confirmée

Madame, Monsieur,

En application de l’article 77 du règlement général sur la protection des données (RGPD), je dépose une plainte contre Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irlande), qui exploite Facebook et Instagram dans l’Union européenne.

En application de l’article 21 du RGPD, je me suis opposé(e) à l’utilisation de mes données personnelles (mes publications, photos et commentaires publics, et mes échanges avec Meta AI) pour développer et améliorer l’intelligence artificielle de Meta. J’ai envoyé mon opposition avec le formulaire que Meta met à disposition :
{objections}

Meta a affiché une confirmation à l’écran, mais je n’ai reçu aucun e-mail confirmant que mon opposition est prise en compte. L’article 12, paragraphe 3, du RGPD impose à Meta de donner suite à ma demande dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de sa réception.

Je vous demande d’examiner cette plainte, de veiller à ce que Meta respecte mon opposition et me la confirme, et de m’informer de la suite donnée. Le relevé daté de mes oppositions est joint.

Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

${SIGN('Vos nom et prénom', 'Votre adresse postale', 'L’adresse e-mail saisie sur le formulaire de Meta')}`,
    line: '– {date} : {account}, formulaire {form}',
  },
  de: {
    body: `An: {authority}

{today}

Betreff: Beschwerde gegen Meta Platforms Ireland Limited – Widerspruch nach Art. 21 DSGVO nicht bestätigt

Sehr geehrte Damen und Herren,

gemäß Art. 77 der Datenschutz-Grundverordnung (DSGVO) erhebe ich Beschwerde gegen Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irland), die Facebook und Instagram in der Europäischen Union betreibt.

Gemäß Art. 21 DSGVO habe ich der Verwendung meiner personenbezogenen Daten (meine öffentlichen Beiträge, Fotos und Kommentare sowie meine Interaktionen mit Meta AI) zur Entwicklung und Verbesserung der künstlichen Intelligenz von Meta widersprochen. Meinen Widerspruch habe ich über das von Meta bereitgestellte Formular eingereicht:
{objections}

Meta hat auf dem Bildschirm eine Bestätigung angezeigt, eine E-Mail, die die Berücksichtigung meines Widerspruchs bestätigt, habe ich jedoch nicht erhalten. Nach Art. 12 Abs. 3 DSGVO muss Meta meinem Antrag unverzüglich, spätestens aber innerhalb eines Monats nach Eingang nachkommen.

Ich bitte Sie, diese Beschwerde zu prüfen, dafür zu sorgen, dass Meta meinen Widerspruch beachtet und mir bestätigt, und mich über das Ergebnis zu unterrichten. Die datierte Aufstellung meiner Widersprüche liegt bei.

Mit freundlichen Grüßen

${SIGN('Ihr Name', 'Ihre Postanschrift', 'Die im Formular von Meta angegebene E-Mail-Adresse')}`,
    line: '– {date}: {account}, Formular {form}',
  },
  es: {
    body: `A: {authority}

{today}

Asunto: Reclamación contra Meta Platforms Ireland Limited – oposición en virtud del artículo 21 del RGPD no confirmada

Señoras y señores:

En virtud del artículo 77 del Reglamento General de Protección de Datos (RGPD), presento una reclamación contra Meta Platforms Ireland Limited (Merrion Road, Dublín 4, Irlanda), que gestiona Facebook e Instagram en la Unión Europea.

En virtud del artículo 21 del RGPD, me opuse a que Meta utilice mis datos personales (mis publicaciones, fotos y comentarios públicos, y mis interacciones con Meta AI) para desarrollar y mejorar su inteligencia artificial. Envié mi oposición mediante el formulario que Meta pone a disposición:
{objections}

Meta mostró una confirmación en pantalla, pero no he recibido ningún correo electrónico que confirme que se atiende mi oposición. El artículo 12, apartado 3, del RGPD obliga a Meta a dar curso a mi solicitud sin dilación indebida y, a más tardar, en el plazo de un mes a partir de su recepción.

Les solicito que examinen esta reclamación, que velen por que Meta respete mi oposición y me la confirme, y que me informen del resultado. Adjunto el registro fechado de mis oposiciones.

Atentamente,

${SIGN('Su nombre', 'Su dirección postal', 'La dirección de correo electrónico indicada en el formulario de Meta')}`,
    line: '– {date}: {account}, formulario {form}',
  },
  it: {
    body: `A: {authority}

{today}

Oggetto: Reclamo nei confronti di Meta Platforms Ireland Limited – opposizione ai sensi dell’articolo 21 del GDPR non confermata

Gentili Signore e Signori,

ai sensi dell’articolo 77 del Regolamento generale sulla protezione dei dati (GDPR), propongo reclamo nei confronti di Meta Platforms Ireland Limited (Merrion Road, Dublino 4, Irlanda), che gestisce Facebook e Instagram nell’Unione europea.

Ai sensi dell’articolo 21 del GDPR, mi sono opposto/a all’utilizzo dei miei dati personali (i miei post, foto e commenti pubblici, e le mie interazioni con Meta AI) per sviluppare e migliorare l’intelligenza artificiale di Meta. Ho inviato la mia opposizione tramite il modulo messo a disposizione da Meta:
{objections}

Meta ha mostrato una conferma sullo schermo, ma non ho ricevuto alcuna e-mail che confermi che la mia opposizione viene rispettata. L’articolo 12, paragrafo 3, del GDPR impone a Meta di dare seguito alla mia richiesta senza ingiustificato ritardo e comunque al più tardi entro un mese dal suo ricevimento.

Vi chiedo di esaminare il presente reclamo, di fare in modo che Meta rispetti la mia opposizione e me la confermi, e di informarmi dell’esito. Allego il registro datato delle mie opposizioni.

Distinti saluti,

${SIGN('Nome e cognome', 'Indirizzo postale', 'L’indirizzo e-mail indicato nel modulo di Meta')}`,
    line: '– {date}: {account}, modulo {form}',
  },
  nl: {
    body: `Aan: {authority}

{today}

Onderwerp: Klacht tegen Meta Platforms Ireland Limited – bezwaar op grond van artikel 21 AVG niet bevestigd

Geachte heer, mevrouw,

Op grond van artikel 77 van de Algemene verordening gegevensbescherming (AVG) dien ik een klacht in tegen Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Ierland), dat Facebook en Instagram in de Europese Unie exploiteert.

Op grond van artikel 21 AVG heb ik bezwaar gemaakt tegen het gebruik van mijn persoonsgegevens (mijn openbare berichten, foto’s en reacties, en mijn interacties met Meta AI) voor de ontwikkeling en verbetering van de kunstmatige intelligentie van Meta. Ik heb mijn bezwaar ingediend met het formulier dat Meta daarvoor biedt:
{objections}

Meta toonde een bevestiging op het scherm, maar ik heb geen e-mail ontvangen die bevestigt dat mijn bezwaar wordt gehonoreerd. Artikel 12, lid 3, AVG verplicht Meta om onverwijld en in ieder geval binnen een maand na ontvangst gevolg te geven aan mijn verzoek.

Ik verzoek u deze klacht te onderzoeken, ervoor te zorgen dat Meta mijn bezwaar honoreert en aan mij bevestigt, en mij over de uitkomst te informeren. Het gedateerde overzicht van mijn bezwaren is bijgevoegd.

Met vriendelijke groet,

${SIGN('Uw naam', 'Uw postadres', 'Het e-mailadres dat u op het formulier van Meta hebt ingevuld')}`,
    line: '– {date}: {account}, formulier {form}',
  },
  pt: {
    body: `A: {authority}

{today}

Assunto: Queixa contra a Meta Platforms Ireland Limited – oposição nos termos do artigo 21.º do RGPD não confirmada

Exmos. Senhores,

Nos termos do artigo 77.º do Regulamento Geral sobre a Proteção de Dados (RGPD), apresento queixa contra a Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irlanda), que explora o Facebook e o Instagram na União Europeia.

Nos termos do artigo 21.º do RGPD, opus-me à utilização dos meus dados pessoais (as minhas publicações, fotografias e comentários públicos, e as minhas interações com a Meta AI) para desenvolver e melhorar a inteligência artificial da Meta. Enviei a minha oposição através do formulário disponibilizado pela Meta:
{objections}

A Meta mostrou uma confirmação no ecrã, mas não recebi nenhum e-mail a confirmar que a minha oposição é respeitada. O artigo 12.º, n.º 3, do RGPD obriga a Meta a dar seguimento ao meu pedido sem demora injustificada e, o mais tardar, no prazo de um mês a contar da sua receção.

Solicito que examinem esta queixa, que assegurem que a Meta respeita a minha oposição e ma confirma, e que me informem do resultado. Junto o registo datado das minhas oposições.

Com os melhores cumprimentos,

${SIGN('O seu nome', 'A sua morada', 'O endereço de e-mail indicado no formulário da Meta')}`,
    line: '– {date}: {account}, formulário {form}',
  },
  pl: {
    body: `Do: {authority}

{today}

Dotyczy: Skarga na Meta Platforms Ireland Limited – niepotwierdzony sprzeciw na podstawie art. 21 RODO

Szanowni Państwo,

na podstawie art. 77 ogólnego rozporządzenia o ochronie danych (RODO) wnoszę skargę na Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irlandia), która prowadzi Facebooka i Instagrama w Unii Europejskiej.

Na podstawie art. 21 RODO wniosłem/wniosłam sprzeciw wobec wykorzystywania przez Meta moich danych osobowych (moich publicznych postów, zdjęć i komentarzy oraz moich interakcji z Meta AI) do rozwijania i ulepszania jej sztucznej inteligencji. Sprzeciw wysłałem/wysłałam za pomocą formularza udostępnionego przez Meta:
{objections}

Meta wyświetliła potwierdzenie na ekranie, ale nie otrzymałem/otrzymałam żadnej wiadomości e-mail potwierdzającej uwzględnienie sprzeciwu. Art. 12 ust. 3 RODO zobowiązuje Meta do podjęcia działań w związku z moim żądaniem bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od jego otrzymania.

Proszę o rozpatrzenie niniejszej skargi, zapewnienie, aby Meta uwzględniła mój sprzeciw i mi to potwierdziła, oraz o poinformowanie mnie o wyniku. W załączeniu przesyłam datowany wykaz moich sprzeciwów.

Z poważaniem

${SIGN('Imię i nazwisko', 'Adres pocztowy', 'Adres e-mail podany w formularzu Meta')}`,
    line: '– {date}: {account}, formularz {form}',
  },
  bg: {
    body: `До: {authority}

{today}

Относно: Жалба срещу Meta Platforms Ireland Limited – непотвърдено възражение по член 21 от ОРЗД

Уважаеми дами и господа,

На основание член 77 от Общия регламент относно защитата на данните (ОРЗД) подавам жалба срещу Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Ирландия), която управлява Facebook и Instagram в Европейския съюз.

На основание член 21 от ОРЗД възразих срещу използването от Meta на моите лични данни (моите публични публикации, снимки и коментари, както и взаимодействията ми с Meta AI) за разработване и подобряване на нейния изкуствен интелект. Изпратих възражението си чрез формуляра, предоставен от Meta:
{objections}

Meta показа потвърждение на екрана, но не съм получил(а) имейл, който да потвърждава, че възражението ми се зачита. Член 12, параграф 3 от ОРЗД задължава Meta да предприеме действия по искането ми без ненужно забавяне и най-късно в срок от един месец от получаването му.

Моля да разгледате тази жалба, да осигурите Meta да зачете възражението ми и да ми го потвърди, и да ме уведомите за резултата. Прилагам датирания запис на моите възражения.

С уважение,

${SIGN('Вашето име', 'Вашият пощенски адрес', 'Имейл адресът, посочен във формуляра на Meta')}`,
    line: '– {date}: {account}, формуляр {form}',
  },
  cs: {
    body: `Komu: {authority}

{today}

Věc: Stížnost na společnost Meta Platforms Ireland Limited – nepotvrzená námitka podle článku 21 GDPR

Vážené dámy a pánové,

podle článku 77 obecného nařízení o ochraně osobních údajů (GDPR) podávám stížnost na společnost Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irsko), která provozuje Facebook a Instagram v Evropské unii.

Podle článku 21 GDPR jsem vznesl(a) námitku proti tomu, aby Meta používala mé osobní údaje (mé veřejné příspěvky, fotografie a komentáře a mou komunikaci s Meta AI) k vývoji a zlepšování své umělé inteligence. Námitku jsem odeslal(a) prostřednictvím formuláře, který Meta poskytuje:
{objections}

Meta zobrazila potvrzení na obrazovce, ale neobdržel(a) jsem žádný e-mail, který by potvrzoval, že je má námitka respektována. Článek 12 odst. 3 GDPR ukládá společnosti Meta vyřídit mou žádost bez zbytečného odkladu a v každém případě do jednoho měsíce od jejího obdržení.

Žádám vás, abyste tuto stížnost prošetřili, zajistili, aby Meta mou námitku respektovala a potvrdila mi ji, a informovali mě o výsledku. Přikládám datovaný záznam mých námitek.

S pozdravem

${SIGN('Vaše jméno', 'Vaše poštovní adresa', 'E-mailová adresa zadaná ve formuláři Meta')}`,
    line: '– {date}: {account}, formulář {form}',
  },
  da: {
    body: `Til: {authority}

{today}

Emne: Klage over Meta Platforms Ireland Limited – indsigelse efter artikel 21 i GDPR ikke bekræftet

Kære modtager

I henhold til artikel 77 i databeskyttelsesforordningen (GDPR) indgiver jeg en klage over Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irland), som driver Facebook og Instagram i Den Europæiske Union.

I henhold til artikel 21 i GDPR har jeg gjort indsigelse mod, at Meta bruger mine personoplysninger (mine offentlige opslag, billeder og kommentarer samt mine interaktioner med Meta AI) til at udvikle og forbedre sin kunstige intelligens. Jeg sendte min indsigelse via den formular, Meta stiller til rådighed:
{objections}

Meta viste en bekræftelse på skærmen, men jeg har ikke modtaget nogen e-mail, der bekræfter, at min indsigelse bliver efterkommet. Artikel 12, stk. 3, i GDPR forpligter Meta til at reagere på min anmodning uden unødig forsinkelse og senest en måned efter modtagelsen.

Jeg beder jer behandle denne klage, sikre at Meta efterkommer min indsigelse og bekræfter den over for mig, og underrette mig om resultatet. Den daterede oversigt over mine indsigelser er vedlagt.

Med venlig hilsen

${SIGN('Dit navn', 'Din postadresse', 'Den e-mailadresse, du angav i Metas formular')}`,
    line: '– {date}: {account}, formular {form}',
  },
  el: {
    body: `Προς: {authority}

{today}

Θέμα: Καταγγελία κατά της Meta Platforms Ireland Limited – μη επιβεβαιωμένη εναντίωση βάσει του άρθρου 21 ΓΚΠΔ

Αξιότιμες κυρίες και κύριοι,

Σύμφωνα με το άρθρο 77 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ), υποβάλλω καταγγελία κατά της Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Ιρλανδία), η οποία λειτουργεί το Facebook και το Instagram στην Ευρωπαϊκή Ένωση.

Σύμφωνα με το άρθρο 21 ΓΚΠΔ, εναντιώθηκα στη χρήση των προσωπικών μου δεδομένων (των δημόσιων αναρτήσεων, φωτογραφιών και σχολίων μου, καθώς και των αλληλεπιδράσεών μου με το Meta AI) για την ανάπτυξη και βελτίωση της τεχνητής νοημοσύνης της Meta. Έστειλα την εναντίωσή μου μέσω της φόρμας που παρέχει η Meta:
{objections}

Η Meta εμφάνισε επιβεβαίωση στην οθόνη, αλλά δεν έλαβα κανένα μήνυμα ηλεκτρονικού ταχυδρομείου που να επιβεβαιώνει ότι η εναντίωσή μου γίνεται σεβαστή. Το άρθρο 12 παράγραφος 3 ΓΚΠΔ υποχρεώνει τη Meta να ανταποκριθεί στο αίτημά μου χωρίς καθυστέρηση και το αργότερο εντός ενός μηνός από την παραλαβή του.

Σας παρακαλώ να εξετάσετε την παρούσα καταγγελία, να διασφαλίσετε ότι η Meta σέβεται την εναντίωσή μου και μου την επιβεβαιώνει, και να με ενημερώσετε για το αποτέλεσμα. Επισυνάπτω το χρονολογημένο αρχείο των εναντιώσεών μου.

Με εκτίμηση,

${SIGN('Το όνομά σας', 'Η ταχυδρομική σας διεύθυνση', 'Η διεύθυνση email που δώσατε στη φόρμα της Meta')}`,
    line: '– {date}: {account}, φόρμα {form}',
  },
  et: {
    body: `Kellele: {authority}

{today}

Teema: Kaebus Meta Platforms Ireland Limitedi peale – isikuandmete kaitse üldmääruse artikli 21 kohane vastuväide on kinnitamata

Lugupeetud adressaat

Isikuandmete kaitse üldmääruse (IKÜM) artikli 77 alusel esitan kaebuse Meta Platforms Ireland Limitedi (Merrion Road, Dublin 4, Iirimaa) peale, kes haldab Facebooki ja Instagrami Euroopa Liidus.

IKÜMi artikli 21 alusel esitasin vastuväite sellele, et Meta kasutab minu isikuandmeid (minu avalikke postitusi, fotosid ja kommentaare ning minu suhtlust Meta AI-ga) oma tehisintellekti arendamiseks ja täiustamiseks. Saatsin vastuväite Meta pakutava vormi kaudu:
{objections}

Meta näitas ekraanil kinnitust, kuid ma ei ole saanud e-kirja, mis kinnitaks, et minu vastuväidet järgitakse. IKÜMi artikli 12 lõige 3 kohustab Metat minu taotluse alusel tegutsema põhjendamatu viivituseta ja hiljemalt ühe kuu jooksul pärast selle saamist.

Palun vaadata see kaebus läbi, tagada, et Meta järgiks minu vastuväidet ja kinnitaks seda mulle, ning teavitada mind tulemusest. Lisan oma vastuväidete dateeritud ülevaate.

Lugupidamisega

${SIGN('Teie nimi', 'Teie postiaadress', 'Meta vormil kasutatud e-posti aadress')}`,
    line: '– {date}: {account}, vorm {form}',
  },
  fi: {
    body: `Vastaanottaja: {authority}

{today}

Aihe: Valitus Meta Platforms Ireland Limitedista – tietosuoja-asetuksen 21 artiklan mukaista vastustamista ei ole vahvistettu

Arvoisa vastaanottaja

Teen tietosuoja-asetuksen (GDPR) 77 artiklan nojalla valituksen Meta Platforms Ireland Limitedista (Merrion Road, Dublin 4, Irlanti), joka ylläpitää Facebookia ja Instagramia Euroopan unionissa.

Vastustin tietosuoja-asetuksen 21 artiklan nojalla sitä, että Meta käyttää henkilötietojani (julkisia julkaisujani, kuviani ja kommenttejani sekä keskustelujani Meta AI:n kanssa) tekoälynsä kehittämiseen ja parantamiseen. Lähetin vastustamiseni Metan tarjoamalla lomakkeella:
{objections}

Meta näytti vahvistuksen näytöllä, mutta en ole saanut sähköpostia, jossa vahvistettaisiin, että vastustamistani noudatetaan. Tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan Metan on toimittava pyyntöni perusteella ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa sen vastaanottamisesta.

Pyydän teitä tutkimaan tämän valituksen, huolehtimaan siitä, että Meta noudattaa vastustamistani ja vahvistaa sen minulle, sekä ilmoittamaan minulle lopputuloksesta. Liitteenä on päivätty luettelo vastustamisistani.

Ystävällisin terveisin

${SIGN('Nimesi', 'Postiosoitteesi', 'Metan lomakkeella käyttämäsi sähköpostiosoite')}`,
    line: '– {date}: {account}, lomake {form}',
  },
  ga: {
    body: `Chuig: {authority}

{today}

Ábhar: Gearán i gcoinne Meta Platforms Ireland Limited – agóid faoi Airteagal 21 RGCS nár deimhníodh

A dhuine uasail,

Faoi Airteagal 77 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), déanaim gearán i gcoinne Meta Platforms Ireland Limited (Bóthar Mhuirfean, Baile Átha Cliath 4, Éire), a fheidhmíonn Facebook agus Instagram san Aontas Eorpach.

Faoi Airteagal 21 RGCS, rinne mé agóid i gcoinne úsáid mo shonraí pearsanta ag Meta (mo phostálacha, mo ghrianghraif agus mo thráchtanna poiblí, agus mo chuid idirghníomhaíochtaí le Meta AI) chun a hintleacht shaorga a fhorbairt agus a fheabhsú. Sheol mé m’agóid tríd an bhfoirm a chuireann Meta ar fáil:
{objections}

Léirigh Meta deimhniú ar an scáileán, ach níor tháinig aon ríomhphost chugam ag deimhniú go bhfuil m’agóid á hurramú. Ceanglaítear ar Meta faoi Airteagal 12(3) RGCS gníomhú ar m’iarratas gan moill mhíchuí agus ar a dhéanaí laistigh de mhí amháin óna fháil.

Iarraim oraibh an gearán seo a scrúdú, a chinntiú go n-urramaíonn Meta m’agóid agus go ndeimhníonn sí dom í, agus toradh an scéil a chur in iúl dom. Tá taifead dátaithe de m’agóidí faoi iamh.

Is mise le meas,

${SIGN('D’ainm', 'Do sheoladh poist', 'An seoladh ríomhphoist a úsáideadh ar fhoirm Meta')}`,
    line: '– {date}: {account}, foirm {form}',
  },
  hr: {
    body: `Za: {authority}

{today}

Predmet: Pritužba protiv društva Meta Platforms Ireland Limited – nepotvrđen prigovor na temelju članka 21. Opće uredbe o zaštiti podataka

Poštovani,

na temelju članka 77. Opće uredbe o zaštiti podataka (GDPR) podnosim pritužbu protiv društva Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irska), koje upravlja Facebookom i Instagramom u Europskoj uniji.

Na temelju članka 21. GDPR-a uložio/uložila sam prigovor na to da Meta upotrebljava moje osobne podatke (moje javne objave, fotografije i komentare te moju komunikaciju s Meta AI) za razvoj i poboljšanje svoje umjetne inteligencije. Prigovor sam poslao/poslala putem obrasca koji Meta nudi:
{objections}

Meta je na zaslonu prikazala potvrdu, ali nisam primio/primila nijednu e-poruku kojom se potvrđuje da se moj prigovor poštuje. Članak 12. stavak 3. GDPR-a obvezuje Metu da postupi po mojem zahtjevu bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja.

Molim vas da ispitate ovu pritužbu, osigurate da Meta poštuje moj prigovor i da mi ga potvrdi te da me obavijestite o ishodu. Prilažem datiranu evidenciju svojih prigovora.

S poštovanjem,

${SIGN('Vaše ime', 'Vaša poštanska adresa', 'Adresa e-pošte navedena u Metinu obrascu')}`,
    line: '– {date}: {account}, obrazac {form}',
  },
  hu: {
    body: `Címzett: {authority}

{today}

Tárgy: Panasz a Meta Platforms Ireland Limited ellen – a GDPR 21. cikke szerinti tiltakozás visszaigazolásának elmaradása

Tisztelt Hölgyem/Uram!

Az általános adatvédelmi rendelet (GDPR) 77. cikke alapján panaszt teszek a Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Írország) ellen, amely a Facebookot és az Instagramot üzemelteti az Európai Unióban.

A GDPR 21. cikke alapján tiltakoztam az ellen, hogy a Meta a személyes adataimat (nyilvános bejegyzéseimet, fényképeimet és hozzászólásaimat, valamint a Meta AI-jal folytatott beszélgetéseimet) mesterséges intelligenciájának fejlesztésére és javítására használja. Tiltakozásomat a Meta által biztosított űrlapon küldtem el:
{objections}

A Meta a képernyőn visszaigazolást jelenített meg, de nem kaptam e-mailt arról, hogy tiltakozásomat figyelembe veszik. A GDPR 12. cikkének (3) bekezdése értelmében a Metának indokolatlan késedelem nélkül, de legkésőbb a kérelem beérkezésétől számított egy hónapon belül intézkednie kell.

Kérem, vizsgálják ki panaszomat, gondoskodjanak arról, hogy a Meta tiszteletben tartsa tiltakozásomat és azt visszaigazolja, valamint tájékoztassanak az eredményről. Mellékelem tiltakozásaim keltezett nyilvántartását.

Tisztelettel:

${SIGN('Az Ön neve', 'Az Ön postacíme', 'A Meta űrlapján megadott e-mail-cím')}`,
    line: '– {date}: {account}, űrlap: {form}',
  },
  lt: {
    body: `Kam: {authority}

{today}

Tema: Skundas dėl Meta Platforms Ireland Limited – nepatvirtintas prieštaravimas pagal BDAR 21 straipsnį

Gerbiamieji,

Vadovaudamasis (-i) Bendrojo duomenų apsaugos reglamento (BDAR) 77 straipsniu, teikiu skundą dėl Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Airija), kuri valdo Facebook ir Instagram Europos Sąjungoje.

Vadovaudamasis (-i) BDAR 21 straipsniu, pareiškiau prieštaravimą, kad Meta naudotų mano asmens duomenis (mano viešus įrašus, nuotraukas ir komentarus bei mano bendravimą su Meta AI) savo dirbtiniam intelektui kurti ir tobulinti. Prieštaravimą išsiunčiau per Meta pateikiamą formą:
{objections}

Meta ekrane parodė patvirtinimą, tačiau negavau jokio el. laiško, patvirtinančio, kad į mano prieštaravimą atsižvelgiama. BDAR 12 straipsnio 3 dalis įpareigoja Meta imtis veiksmų pagal mano prašymą nepagrįstai nedelsiant ir ne vėliau kaip per vieną mėnesį nuo jo gavimo.

Prašau išnagrinėti šį skundą, užtikrinti, kad Meta paisytų mano prieštaravimo ir jį man patvirtintų, ir informuoti mane apie rezultatus. Pridedu datuotą savo prieštaravimų įrašą.

Pagarbiai

${SIGN('Jūsų vardas ir pavardė', 'Jūsų pašto adresas', 'El. pašto adresas, nurodytas Meta formoje')}`,
    line: '– {date}: {account}, forma {form}',
  },
  lv: {
    body: `Kam: {authority}

{today}

Temats: Sūdzība par Meta Platforms Ireland Limited – neapstiprināts iebildums saskaņā ar VDAR 21. pantu

Godātās dāmas un godātie kungi!

Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 77. pantu iesniedzu sūdzību par Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Īrija), kas pārvalda Facebook un Instagram Eiropas Savienībā.

Saskaņā ar VDAR 21. pantu es iebildu pret to, ka Meta izmanto manus personas datus (manas publiskās ziņas, fotoattēlus un komentārus, kā arī manu saziņu ar Meta AI) sava mākslīgā intelekta izstrādei un uzlabošanai. Iebildumu nosūtīju, izmantojot Meta nodrošināto veidlapu:
{objections}

Meta ekrānā parādīja apstiprinājumu, taču es neesmu saņēmis(-usi) e-pastu, kas apstiprinātu, ka mans iebildums tiek ievērots. VDAR 12. panta 3. punkts uzliek Meta pienākumu rīkoties saistībā ar manu pieprasījumu bez nepamatotas kavēšanās un ne vēlāk kā viena mēneša laikā pēc tā saņemšanas.

Lūdzu izskatīt šo sūdzību, nodrošināt, ka Meta ievēro manu iebildumu un to man apstiprina, un informēt mani par rezultātu. Pielikumā ir mano iebildumu datēts pārskats.

Ar cieņu

${SIGN('Jūsu vārds', 'Jūsu pasta adrese', 'Meta veidlapā norādītā e-pasta adrese')}`,
    line: '– {date}: {account}, veidlapa {form}',
  },
  mt: {
    body: `Lil: {authority}

{today}

Suġġett: Ilment kontra Meta Platforms Ireland Limited – oġġezzjoni taħt l-Artikolu 21 tal-GDPR mhux ikkonfermata

Sinjuri,

Skont l-Artikolu 77 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed nippreżenta lment kontra Meta Platforms Ireland Limited (Merrion Road, Dublin 4, l-Irlanda), li tħaddem Facebook u Instagram fl-Unjoni Ewropea.

Skont l-Artikolu 21 tal-GDPR, oġġezzjonajt li Meta tuża d-data personali tiegħi (il-posts, ir-ritratti u l-kummenti pubbliċi tiegħi, u l-interazzjonijiet tiegħi ma’ Meta AI) biex tiżviluppa u ttejjeb l-intelliġenza artifiċjali tagħha. Bgħatt l-oġġezzjoni tiegħi permezz tal-formola li tipprovdi Meta:
{objections}

Meta wriet konferma fuq l-iskrin, iżda ma rċevejt l-ebda email li tikkonferma li l-oġġezzjoni tiegħi qed tiġi rispettata. L-Artikolu 12(3) tal-GDPR jobbliga lil Meta taġixxi fuq it-talba tiegħi mingħajr dewmien żejjed u mhux aktar tard minn xahar minn meta tasalha.

Nitlobkom teżaminaw dan l-ilment, tiżguraw li Meta tirrispetta l-oġġezzjoni tiegħi u tikkonfermahieli, u tgħarrfuni bl-eżitu. Qed nehmeż ir-rekord datat tal-oġġezzjonijiet tiegħi.

Dejjem tiegħek,

${SIGN('Ismek', 'L-indirizz postali tiegħek', 'L-indirizz tal-email użat fil-formola ta’ Meta')}`,
    line: '– {date}: {account}, formola {form}',
  },
  ro: {
    body: `Către: {authority}

{today}

Subiect: Plângere împotriva Meta Platforms Ireland Limited – opoziție în temeiul articolului 21 din GDPR neconfirmată

Stimate doamne și stimați domni,

În temeiul articolului 77 din Regulamentul general privind protecția datelor (GDPR), depun o plângere împotriva Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irlanda), care operează Facebook și Instagram în Uniunea Europeană.

În temeiul articolului 21 din GDPR, m-am opus utilizării de către Meta a datelor mele cu caracter personal (postările, fotografiile și comentariile mele publice, precum și interacțiunile mele cu Meta AI) pentru dezvoltarea și îmbunătățirea inteligenței sale artificiale. Am trimis opoziția prin formularul pus la dispoziție de Meta:
{objections}

Meta a afișat o confirmare pe ecran, dar nu am primit niciun e-mail care să confirme că opoziția mea este respectată. Articolul 12 alineatul (3) din GDPR obligă Meta să dea curs cererii mele fără întârzieri nejustificate și cel târziu în termen de o lună de la primire.

Vă rog să examinați această plângere, să vă asigurați că Meta îmi respectă opoziția și mi-o confirmă și să mă informați cu privire la rezultat. Anexez evidența datată a opozițiilor mele.

Cu stimă,

${SIGN('Numele dumneavoastră', 'Adresa dumneavoastră poștală', 'Adresa de e-mail folosită în formularul Meta')}`,
    line: '– {date}: {account}, formularul {form}',
  },
  sk: {
    body: `Komu: {authority}

{today}

Vec: Sťažnosť na spoločnosť Meta Platforms Ireland Limited – nepotvrdená námietka podľa článku 21 GDPR

Vážené dámy, vážení páni,

podľa článku 77 všeobecného nariadenia o ochrane údajov (GDPR) podávam sťažnosť na spoločnosť Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Írsko), ktorá prevádzkuje Facebook a Instagram v Európskej únii.

Podľa článku 21 GDPR som namietal(a) proti tomu, aby Meta používala moje osobné údaje (moje verejné príspevky, fotografie a komentáre a moju komunikáciu s Meta AI) na vývoj a zlepšovanie svojej umelej inteligencie. Námietku som odoslal(a) prostredníctvom formulára, ktorý Meta poskytuje:
{objections}

Meta zobrazila potvrdenie na obrazovke, no nedostal(a) som žiadny e-mail, ktorý by potvrdzoval, že moja námietka sa rešpektuje. Článok 12 ods. 3 GDPR ukladá spoločnosti Meta vybaviť moju žiadosť bez zbytočného odkladu a v každom prípade do jedného mesiaca od jej doručenia.

Žiadam vás, aby ste túto sťažnosť preskúmali, zabezpečili, aby Meta moju námietku rešpektovala a potvrdila mi ju, a informovali ma o výsledku. Prikladám datovaný záznam mojich námietok.

S pozdravom

${SIGN('Vaše meno', 'Vaša poštová adresa', 'E-mailová adresa zadaná vo formulári Meta')}`,
    line: '– {date}: {account}, formulár {form}',
  },
  sl: {
    body: `Za: {authority}

{today}

Zadeva: Pritožba zoper Meta Platforms Ireland Limited – nepotrjen ugovor po 21. členu Splošne uredbe o varstvu podatkov

Spoštovani,

na podlagi 77. člena Splošne uredbe o varstvu podatkov (GDPR) vlagam pritožbo zoper družbo Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irska), ki upravlja Facebook in Instagram v Evropski uniji.

Na podlagi 21. člena GDPR sem ugovarjal(a) temu, da Meta uporablja moje osebne podatke (moje javne objave, fotografije in komentarje ter moje pogovore z Meta AI) za razvoj in izboljšanje svoje umetne inteligence. Ugovor sem poslal(a) prek obrazca, ki ga zagotavlja Meta:
{objections}

Meta je na zaslonu prikazala potrditev, vendar nisem prejel(a) nobenega e-sporočila, ki bi potrjevalo, da se moj ugovor upošteva. Tretji odstavek 12. člena GDPR Meto zavezuje, da na mojo zahtevo ukrepa brez nepotrebnega odlašanja, najpozneje pa v enem mesecu po njenem prejemu.

Prosim vas, da to pritožbo preučite, zagotovite, da Meta upošteva moj ugovor in mi ga potrdi, ter me obvestite o izidu. Prilagam datirano evidenco svojih ugovorov.

Lep pozdrav,

${SIGN('Vaše ime', 'Vaš poštni naslov', 'E-poštni naslov, vpisan v Metin obrazec')}`,
    line: '– {date}: {account}, obrazec {form}',
  },
  sv: {
    body: `Till: {authority}

{today}

Ärende: Klagomål mot Meta Platforms Ireland Limited – invändning enligt artikel 21 i dataskyddsförordningen har inte bekräftats

Hej,

Enligt artikel 77 i dataskyddsförordningen (GDPR) lämnar jag ett klagomål mot Meta Platforms Ireland Limited (Merrion Road, Dublin 4, Irland), som driver Facebook och Instagram i Europeiska unionen.

Enligt artikel 21 i GDPR har jag invänt mot att Meta använder mina personuppgifter (mina offentliga inlägg, foton och kommentarer samt mina interaktioner med Meta AI) för att utveckla och förbättra sin artificiella intelligens. Jag skickade min invändning via det formulär som Meta tillhandahåller:
{objections}

Meta visade en bekräftelse på skärmen, men jag har inte fått något e-postmeddelande som bekräftar att min invändning respekteras. Enligt artikel 12.3 i GDPR ska Meta vidta åtgärder på min begäran utan onödigt dröjsmål och senast inom en månad från mottagandet.

Jag ber er att pröva detta klagomål, se till att Meta respekterar min invändning och bekräftar den för mig, och underrätta mig om resultatet. Den daterade förteckningen över mina invändningar bifogas.

Med vänliga hälsningar

${SIGN('Ditt namn', 'Din postadress', 'E-postadressen du angav i Metas formulär')}`,
    line: '– {date}: {account}, formulär {form}',
  },
};

export interface LetterObjection {
  /** Already formatted in the letter's language. */
  date: string;
  /** "Facebook · Marie Dupont". */
  account: string;
  form: string;
}

export interface LetterFacts {
  authority: string;
  today: string;
  objections: readonly LetterObjection[];
}

/** The letter in `lang`, with the record's facts in place. */
export function complaintLetter(lang: Language, facts: LetterFacts): string {
  const text = COMPLAINT_LETTERS[lang];
  const lines = facts.objections
    .map((o) => fill(text.line, { date: o.date, account: o.account, form: o.form }))
    .join('\n');
  return fill(text.body, { authority: facts.authority, today: facts.today, objections: lines });
}

/** Replaces {name} placeholders in one pass, so a value that contains braces is never read again. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
