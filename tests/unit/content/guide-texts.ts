import type { GuideTexts } from '@/lib/content/guide';

/** The guide's words in the unit tests: each names what it is about, so assertions can read it. */
export const texts: GuideTexts = {
  instruction: (step) => `do ${step.id}`,
  counter: (n, total, detour) => `Step ${n} of ${total}` + (detour ? ` · ${detour.detour}: ${detour.number} of ${detour.total}` : ''),
  notFound: (step) => `cannot find ${step.id}`,
  message: (key) => key,
  directLink: 'Go there directly',
  stop: 'Stop guiding',
  close: 'Close',
  copyReport: 'Copy a report',
  reportCopied: 'Report copied',
};
