/**
 * The perturbation suite's variants: each is one scene (a page on the path with one step
 * current) in one language, with the scene's facts and a draw of generic noise, serialised as
 * the markup of the page's body. The true target carries TRUTH; the extension never reads it.
 */
import { REPLICA_LANGS, type ReplicaLang } from '../i18n';
import { NOISES, SCENE_FACTS, TRUTH, type NoiseContext } from './noise';
import { rng } from './rng';
import { composeScene, SCENES, type Scene } from './scenes';

export interface Variant {
  /** `<seed>#<index>`: PERTURB_SEED=<seed> replays it. */
  id: string;
  scene: Scene;
  lang: ReplicaLang;
  noises: string[];
  /** The body's markup. */
  html: string;
}

/** Attributes the replica's runtime consumes before a page sees them (assets/dom.js). */
export const HINTS = ['data-r-on', 'data-r-ref', 'data-r-field'];

/**
 * A scene's facts are applied in its first three languages, and drawn at 90 % in the others (the
 * scene is then sometimes seen without them): every fact is in at least three variants of a run,
 * whatever the seed. Drawn in all seven, a fact of a one-page scene fell to two in one run
 * (seed 717252487), and the suite's own check of its draw failed.
 */
const FACTS_IN_FIRST_LANGUAGES = 3;

export function generateVariants(seed: number, count: number, doc: Document): Variant[] {
  const random = rng(seed);
  const variants: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const scene = SCENES[i % SCENES.length];
    const lang = REPLICA_LANGS[Math.floor(i / SCENES.length) % REPLICA_LANGS.length];
    const body = composeScene(scene, lang, doc);
    const truth = body.querySelector(scene.truth);
    if (!truth) throw new Error(`${scene.step}: the oracle finds no target (${scene.truth})`);
    truth.setAttribute(TRUTH, scene.step);
    for (const hint of HINTS) for (const e of Array.from(body.querySelectorAll(`[${hint}]`))) e.removeAttribute(hint);
    const ctx: NoiseContext = { doc, body, truth, lang, scene, rng: random };
    const applicable = NOISES.filter((n) => n.applies(ctx));
    const always = Math.floor(i / SCENES.length) < FACTS_IN_FIRST_LANGUAGES;
    const facts = applicable.filter((n) => SCENE_FACTS.has(n.name) && (always || random.chance(0.9)));
    const generic = random.shuffle(applicable.filter((n) => !SCENE_FACTS.has(n.name))).slice(0, 3 + random.int(4));
    const noises = [...facts, ...generic].sort((a, b) => NOISES.indexOf(a) - NOISES.indexOf(b));
    const drawn = noises.map((noise) => {
      const detail = noise.apply(ctx);
      return detail ? `${noise.name}:${detail}` : noise.name;
    });
    variants.push({ id: `${seed}#${i}`, scene, lang, noises: drawn, html: body.innerHTML });
  }
  return variants;
}
