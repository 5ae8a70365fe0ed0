/**
 * Folds text the way Meta's pages vary it, so one label matches every spelling:
 * case, accents (é → e), typographic apostrophes (’ → '), non-breaking and
 * repeated spaces, and the ampersand ("Settings & privacy" = "Settings and privacy" is
 * NOT folded: Meta never switches between them within a language).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u00a0\u202f\u2007\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

type TextMatch = 'exact' | 'startsWith' | 'contains';

/**
 * Text folded once, remembered across scans: Meta's words (compared with hundreds of elements a
 * scan) and the page's names (the same few hundred scan after scan); folding (NFD and four
 * replacements) is most of what comparing costs. Forgotten whole when it grows past a page's
 * worth, so it never holds more than that.
 */
const foldedTexts = new Map<string, string>();
const FOLDED_TEXTS_KEPT = 3000;

function folded(text: string): string {
  let result = foldedTexts.get(text);
  if (result === undefined) {
    if (foldedTexts.size >= FOLDED_TEXTS_KEPT) foldedTexts.clear();
    foldedTexts.set(text, (result = normalizeText(text)));
  }
  return result;
}

export function textMatches(candidate: string, wanted: readonly string[], how: TextMatch): boolean {
  const text = folded(candidate);
  if (!text) return false;
  return wanted.some((label) => {
    const w = folded(label);
    if (!w) return false;
    if (how === 'exact') return text === w;
    if (how === 'startsWith') return text.startsWith(w);
    return containsWords(text, w);
  });
}

/** `needle` appears in `haystack` on word boundaries ("object" in "right to object", not in "objective"). */
function containsWords(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : haystack[at - 1];
    const after = at + needle.length >= haystack.length ? ' ' : haystack[at + needle.length];
    if (!isLetter(before) && !isLetter(after)) return true;
    from = at + 1;
  }
}

function isLetter(ch: string): boolean {
  return /\p{L}|\p{N}/u.test(ch);
}
