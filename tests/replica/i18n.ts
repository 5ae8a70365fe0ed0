/**
 * The replica's languages and their words. The words are data: tests/replica/texts/<lang>.json,
 * shaped and documented by texts/schema.ts and checked by it here, once per process.
 *
 * The files are imported as JSON modules, which both runners load: Playwright's TypeScript
 * loader (no Vite, so no import.meta.glob) and vitest (whose happy-dom gives import.meta.url no
 * file path, so no readFileSync relative to this file either).
 */
import de from './texts/de.json' with { type: 'json' };
import en from './texts/en.json' with { type: 'json' };
import enGB from './texts/en-GB.json' with { type: 'json' };
import es from './texts/es.json' with { type: 'json' };
import fr from './texts/fr.json' with { type: 'json' };
import it from './texts/it.json' with { type: 'json' };
import nl from './texts/nl.json' with { type: 'json' };
import { ReplicaTextsSchema, type ReplicaTexts, type RouteTexts, type TaskTexts, type Texts } from './texts/schema';

export type { CountryCode, RouteTexts, TaskTexts, Texts, TopicId } from './texts/schema';

/** 'en' is Meta's en-US ("Privacy Center"); 'en-GB' spells "Privacy Centre", "Accounts Centre". */
export const REPLICA_LANGS = ['en', 'en-GB', 'fr', 'de', 'es', 'it', 'nl'] as const;
export type ReplicaLang = (typeof REPLICA_LANGS)[number];

export function isReplicaLang(value: string): value is ReplicaLang {
  return (REPLICA_LANGS as readonly string[]).includes(value);
}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with every value `overlay` names replaced, object by object (arrays are replaced whole). */
function overlaid(base: Json, overlay: Json): Json {
  if (!isObject(base) || !isObject(overlay)) return overlay;
  const out: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(overlay)) out[key] = key in base ? overlaid(base[key], value) : value;
  return out;
}

function parse(lang: ReplicaLang, data: Json): ReplicaTexts {
  const result = ReplicaTextsSchema.safeParse(data);
  if (!result.success) throw new Error(`tests/replica/texts/${lang}.json: ${result.error.message}`);
  return result.data;
}

const FILES: Record<ReplicaLang, Json> = {
  en,
  // British English (docs/meta-pages.md, "Variations the guide must survive"): its file holds
  // only what it spells differently (Centre); everything else is en's.
  'en-GB': overlaid(en, enGB),
  fr,
  de,
  es,
  it,
  nl,
};

const BY_LANG = Object.fromEntries(REPLICA_LANGS.map((lang) => [lang, parse(lang, FILES[lang])])) as Record<ReplicaLang, ReplicaTexts>;

const table = <T>(pick: (texts: ReplicaTexts) => T): Readonly<Record<ReplicaLang, T>> =>
  Object.fromEntries(REPLICA_LANGS.map((lang) => [lang, pick(BY_LANG[lang])])) as Record<ReplicaLang, T>;

/** The pages of the objection path. */
export const TEXTS: Readonly<Record<ReplicaLang, Texts>> = table((texts) => texts.pages);
/** The other routes and the pages full of other people. */
export const ROUTE_TEXTS: Readonly<Record<ReplicaLang, RouteTexts>> = table((texts) => texts.routes);
/** The pages of the tasks beyond the objection. */
export const TASK_TEXTS: Readonly<Record<ReplicaLang, TaskTexts>> = table((texts) => texts.tasks);
