import { z } from 'zod/mini';
import { DETOURS, FORM_STEP_KINDS, LABEL_KEYS, OBJECTION_KINDS, PLATFORMS, STEP_KINDS, TASKS, TRIPS } from '../domain';
import type { StepTextKey, UiKey } from '../ui-keys';

export const PlatformSchema = z.enum(PLATFORMS);
export const LabelKeySchema = z.enum(LABEL_KEYS);
export const ObjectionKindSchema = z.enum(OBJECTION_KINDS);
export const TaskSchema = z.enum(TASKS);

const RegexSource = z.string().check(
  z.minLength(1),
  z.refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

/** Where a step applies: hosts and paths as regular expressions over `URL.hostname` / `URL.pathname`. */
export const UrlRuleSchema = z.object({
  host: RegexSource,
  path: RegexSource,
});

/**
 * One way of recognising a step's target, each one signal weighed with the others
 * (lib/engine/evidence.ts): `href` where a link leads (survives most redesigns), `role` the ARIA
 * role and name, `text` the visible words, `css` a plain selector for form fields whose tag and
 * type are the stable part. Steps list them most telling first.
 */
/** Restricts a matcher to targets inside an element matching this CSS (an open menu, a dialog). */
const Within = { within: z.optional(z.string().check(z.minLength(1))) };
/** How a label is compared with the normalised name or text; 'exact' when left out. */
const Match = z.optional(z.enum(['exact', 'startsWith', 'contains']));

export const MatcherSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('href'), pattern: RegexSource, ...Within }),
  z.object({ by: z.literal('role'), roles: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), label: LabelKeySchema, match: Match, ...Within }),
  z.object({ by: z.literal('text'), selector: z.string().check(z.minLength(1)), label: LabelKeySchema, match: Match, ...Within }),
  z.object({ by: z.literal('css'), selector: z.string().check(z.minLength(1)), ...Within }),
]);

/**
 * The evidence beyond the matchers that tells the right target from look-alikes (see
 * lib/engine/evidence.ts for how it is weighed). Every field is optional; a step without it is
 * matched on its `target` matchers alone, each of which counts as one signal.
 */
export const EvidenceSchema = z.object({
  /** Known right destinations (the objection forms' ids): a link leading there weighs more than `target`'s href. */
  leadsTo: z.optional(z.array(RegexSource).check(z.minLength(1))),
  /** Known wrong destinations (the third-party forms): a link leading there is never marked, nor anything it ties with. */
  avoid: z.optional(z.array(RegexSource).check(z.minLength(1))),
  /** Words of the sentence, heading or dialog around the right target (the notice's "right to object"). */
  nearWords: z.optional(z.array(LabelKeySchema).check(z.minLength(1))),
  /** Words around a look-alike (the third-party paragraph's "learn more here"): count against. */
  awayWords: z.optional(z.array(LabelKeySchema).check(z.minLength(1))),
  /**
   * Only a candidate with proof counts: it leads to a `leadsTo` destination or sits among the
   * `nearWords`. For a target whose look-alikes share its tag, role and kind of address (any
   * help form link), where a match on those alone proves nothing.
   */
  proofRequired: z.optional(z.boolean()),
  /**
   * Only a candidate that both leads where the step's `href` matchers say and bears the words of
   * its `role` or `text` matchers counts. For a menu's entry, found by what it is rather than by
   * the layer it sits in: a link elsewhere on the page to the same place under other words
   * ("Edit profile"), or an element with the same name that is not a link there (the icon named
   * "Settings" inside the button that opens the menu), proves nothing alone.
   */
  addressAndWords: z.optional(z.boolean()),
});

/**
 * What a step's target is, which decides how the guide treats it:
 * - `menu-button` opens a menu whose items are the next steps (the marker comes back to it
 *   when the menu closes);
 * - `menu-item` an entry of an open menu; `link` a link or tab on a page;
 * - `form-link` the link from Meta's notice to the objection form: following it tells the guide
 *   which form (whatever its id this year) is the objection form;
 * - `form-choice` an answer to pick on the form (the yes/no question, the chooser's option);
 * - `form-field` a field the user fills: pointed at only while it is empty;
 * - `form-submit` the button that sends the form (the user clicks it, never Opposer);
 * - `opens-dialog` a settings button that opens a dialog asking to confirm a change;
 * - `switch` a setting's on/off switch: pointed at only while it is off;
 * - `confirm` the button of that dialog that applies the change (the user clicks it, never Opposer).
 */
export const StepKindSchema = z.enum(STEP_KINDS);
// The lists live in lib/domain.ts, which the content scripts can import without bundling zod.
export { FORM_STEP_KINDS, STEP_KINDS };

export const StepSchema = z.object({
  /** The test hook's value (`data-opposer-step`), unique; starts with the playbook's prefix. */
  id: z.string().check(z.regex(/^[a-z]+-[a-z-]+$/)),
  kind: StepKindSchema,
  /**
   * The UI message key of the instruction (locales/*.yml); `<text>_target` names the target in
   * the fallback panel's "look for …".
   */
  text: z.custom<StepTextKey>((key) => typeof key === 'string' && /^step_[a-z_]+$/.test(key)),
  /** The trip the step belongs to (lib/domain.ts); 'objection' when left out. */
  trip: z.optional(z.enum(TRIPS)),
  /** Counted in "Step n of m". An uncounted step shows the number of the next counted one. */
  counted: z.boolean(),
  /** The way round this uncounted step is part of: its tooltip also shows its place on it. */
  detour: z.optional(z.enum(DETOURS)),
  /** Pages where this step can be current. */
  pages: z.array(UrlRuleSchema).check(z.minLength(1)),
  /** Shown only during a guided session started from the popup (the way from the feed). */
  sessionOnly: z.optional(z.boolean()),
  /**
   * Its target is in Meta's desktop layout only (the feed's menus and the settings' links before
   * the Privacy Center): never tried on Meta's phone site nor on a phone-size page, where no
   * reliable path is known and a guess could mark the wrong box.
   */
  desktopOnly: z.optional(z.boolean()),
  /**
   * Ways of recognising the target. Each matcher that recognises an element is one signal for
   * it (a link's address, its role and name or words, its tag); `evidence` adds the others.
   */
  target: z.array(MatcherSchema).check(z.minLength(1)),
  evidence: z.optional(EvidenceSchema),
  /** Only current once these steps' targets, when present, hold a value. */
  afterFilled: z.optional(z.array(z.string())),
  /**
   * A typeahead field (Instagram's country): it holds a value only once the page's own
   * suggestion list set the hidden input this selector names, beside it in its row; the visible
   * text alone never counts (lib/page/form-fields.ts).
   */
  chosenIn: z.optional(z.string().check(z.minLength(1))),
  /** Where the fallback panel sends the user when the target cannot be found. */
  directLink: z.optional(z.url()),
  /** The optional task beyond the objection this step belongs to (task playbooks, task-schema.ts); none: the objection's path. */
  task: z.optional(TaskSchema),
});

/** A page kind that is not a step but that the guide reacts to. */
export const FormSchema = z.object({
  pages: z.array(UrlRuleSchema).check(z.minLength(1)),
  /** Which kind of objection a form of these pages records. */
  kind: ObjectionKindSchema,
  /** A form recognised only when the user opened it from Meta's notice (ids change every year). */
  onlyFromNotice: z.optional(z.boolean()),
  /** The words that tell the form was sent, once the form itself is gone. */
  confirmation: z.array(LabelKeySchema).check(z.minLength(1)),
  reasonField: z.array(MatcherSchema).check(z.minLength(1)),
});

/** A UI string's key: typed by WXT's generated keys, checked against en.yml by the unit tests. */
const UiKeySchema = z.custom<UiKey>((key) => typeof key === 'string' && key.length > 0);

export const PlaybookSchema = z
  .object({
    platform: PlatformSchema,
    /** The start of every step id of this playbook (`fb-…`). */
    prefix: z.string().check(z.regex(/^[a-z]+$/)),
    /** How the Accounts Center lists an account of this site: by its id (a username) or its display name. */
    accountsCenterLists: z.enum(['id', 'name']),
    /**
     * The UI message keys (locales/*.yml) of the popup's "Guide me on …" button, of the site's
     * name, and of what the guide says once an objection is recorded.
     */
    uiText: z.object({ guide: UiKeySchema, name: UiKeySchema, done: UiKeySchema }),
    steps: z.array(StepSchema).check(z.minLength(1)),
    forms: z.array(FormSchema).check(z.minLength(1)),
    /** Pages that are part of the path: the guide wakes on them even with no session. */
    homeUrl: z.url(),
    privacyCenterUrl: z.url(),
    formUrl: z.url(),
  })
  .check(z.superRefine((playbook, ctx) => {
    const ids = playbook.steps.map((s) => s.id);
    for (const id of ids) {
      if (!id.startsWith(`${playbook.prefix}-`)) ctx.addIssue({ code: 'custom', message: `${id}: not prefixed ${playbook.prefix}-` });
    }
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate step id' });
    for (const step of playbook.steps) {
      for (const dep of step.afterFilled ?? []) {
        if (!ids.includes(dep)) ctx.addIssue({ code: 'custom', message: `${step.id}: unknown step ${dep}` });
      }
    }
  }));

export type UrlRule = z.infer<typeof UrlRuleSchema>;
export type Matcher = z.infer<typeof MatcherSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Step = z.infer<typeof StepSchema>;
export type StepKind = z.infer<typeof StepKindSchema>;
export type FormRule = z.infer<typeof FormSchema>;
export type Playbook = z.infer<typeof PlaybookSchema>;
