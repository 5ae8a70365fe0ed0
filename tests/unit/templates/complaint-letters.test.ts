import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/languages';
import { COMPLAINT_LETTERS, complaintLetter } from '@/lib/templates/complaint-letters';

const FACTS = {
  authority: 'Commission nationale de l’informatique et des libertés (CNIL)',
  today: '29 November 2026',
  objections: [
    { date: '10 October 2026', account: 'Facebook · Marie Dupont', form: 'https://www.facebook.com/help/contact/712876720715583' },
    { date: '11 October 2026', account: 'Instagram · marie_d', form: 'https://help.instagram.com/contact/767264225370182' },
  ],
};

/** How each language's letter cites Art. 12(3), the one-month rule. */
const ARTICLE_12_3: Record<(typeof LANGUAGES)[number], string> = {
  en: 'Article 12(3)', fr: 'article 12, paragraphe 3', de: 'Art. 12 Abs. 3', es: 'artículo 12, apartado 3',
  it: 'articolo 12, paragrafo 3', nl: 'Artikel 12, lid 3', pt: 'artigo 12.º, n.º 3', pl: 'Art. 12 ust. 3',
  bg: 'Член 12, параграф 3', cs: 'Článek 12 odst. 3', da: 'Artikel 12, stk. 3', el: 'άρθρο 12 παράγραφος 3',
  et: 'artikli 12 lõige 3', fi: '12 artiklan 3 kohdan', ga: 'Airteagal 12(3)', hr: 'Članak 12. stavak 3.',
  hu: '12. cikkének (3) bekezdése', lt: '12 straipsnio 3 dalis', lv: '12. panta 3. punkts', mt: 'L-Artikolu 12(3)',
  ro: 'Articolul 12 alineatul (3)', sk: 'Článok 12 ods. 3', sl: 'Tretji odstavek 12. člena', sv: 'artikel 12.3',
};

describe('complaint letters', () => {
  it.each(LANGUAGES)('%s: cites Art. 21, 12(3) and 77 and carries the record\'s facts', (lang) => {
    const text = COMPLAINT_LETTERS[lang];
    for (const placeholder of ['{authority}', '{today}', '{objections}']) expect(text.body).toContain(placeholder);
    for (const placeholder of ['{date}', '{account}', '{form}']) expect(text.line).toContain(placeholder);
    const letter = complaintLetter(lang, FACTS);
    expect(letter).not.toMatch(/\{\w+\}/);
    expect(letter).toMatch(/21/);
    expect(letter).toMatch(/77/);
    expect(letter).toContain(ARTICLE_12_3[lang]);
    expect(letter).toContain('Meta Platforms Ireland Limited');
    expect(letter).toContain(FACTS.authority);
    expect(letter).toContain('10 October 2026');
    expect(letter).toContain('https://www.facebook.com/help/contact/712876720715583');
    expect(letter).toContain('Instagram · marie_d');
    expect(letter).toContain('https://help.instagram.com/contact/767264225370182');
  });

  it('each language has its own text, not an English copy', () => {
    const bodies = LANGUAGES.map((l) => COMPLAINT_LETTERS[l].body);
    expect(new Set(bodies).size).toBe(LANGUAGES.length);
  });

  it('puts values in once, even with braces in them', () => {
    const letter = complaintLetter('en', { ...FACTS, authority: '{today}' });
    expect(letter.startsWith('To: {today}')).toBe(true);
  });
});
