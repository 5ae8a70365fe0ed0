import { describe, expect, it } from 'vitest';
import { judge } from '../../replica/perturb/judge';
import { TRUTH } from '../../replica/perturb/noise';
import { composeScene, SCENES } from '../../replica/perturb/scenes';
import { HINTS } from '../../replica/perturb/variants';
import { REPLICA_LANGS } from '../../replica/i18n';

/** happy-dom's own hook: <base> alone moves document.baseURI but not a link's resolved href, nor location. */
declare const window: Window & { happyDOM: { setURL(url: string): void } };

/**
 * Every page on both paths, as the replica renders it (no noise), in every replica language:
 * the real engine marks the step's true target. The end-to-end walks then need not repeat every
 * route in every language: each language and each route is walked at least once there, and the
 * words of every page in every language are matched here.
 */
describe('every scene, in every replica language, without noise', () => {
  const cases = REPLICA_LANGS.flatMap((lang) => SCENES.map((scene, i) => [`${lang} ${scene.step} #${i}`, lang, scene] as const));
  it.each(cases)('%s: the true target', (_name, lang, scene) => {
    window.happyDOM.setURL(scene.url);
    document.documentElement.lang = lang;
    const body = composeScene(scene, lang, document);
    body.querySelector(scene.truth)?.setAttribute(TRUTH, scene.step);
    for (const hint of HINTS) for (const e of Array.from(body.querySelectorAll(`[${hint}]`))) e.removeAttribute(hint);
    document.body.replaceChildren(body);
    const verdict = judge({ id: 'clean', scene, lang, noises: [], html: '' }, document);
    expect(verdict.verdict, verdict.marked ?? 'nothing marked').toBe('right');
  });
});
