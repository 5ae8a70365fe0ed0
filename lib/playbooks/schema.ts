import { z } from 'zod';

/** Step ids, in path order, as ../shared/test-contract.md names them. */
export const FACEBOOK_STEP_IDS = [
  'fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center', 'fb-genai-topic',
  'fb-object-link', 'fb-form-yes', 'fb-form-email', 'fb-form-country', 'fb-form-submit',
] as const;
export const INSTAGRAM_STEP_IDS = [
  'ig-more-menu', 'ig-settings', 'ig-privacy-center', 'ig-genai-topic',
  'ig-object-link', 'ig-form-yes', 'ig-form-email', 'ig-form-country', 'ig-form-submit',
] as const;

export const PLATFORMS = ['facebook', 'instagram'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const LabelKeySchema = z.enum([
  'fbAccountMenu', 'settingsAndPrivacy', 'privacyCenter', 'aiAtMeta', 'objectLink', 'objectNotice',
  'send', 'yes', 'confirmation', 'igMore', 'igSettings', 'emailField', 'reasonField', 'countryField',
  'moreInfoSupport', 'requestReceived',
]);

const RegexSource = z.string().min(1).refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** Where a step applies: hosts and paths as regular expressions over `URL.hostname` / `URL.pathname`. */
export const UrlRuleSchema = z.object({
  host: RegexSource,
  path: RegexSource,
});

/**
 * One way of finding a step's target, tried in the order the step lists them:
 * `href` first (survives most redesigns), then ARIA role + accessible name, then visible text,
 * last a plain CSS selector for form fields whose tag and type are the stable part.
 */
/** Restricts a matcher to targets inside an element matching this CSS (an open menu, a dialog). */
const Within = { within: z.string().min(1).optional() };
/** How a label is compared with the normalised name or text; 'exact' when left out. */
const Match = z.enum(['exact', 'startsWith', 'contains']).optional();

export const MatcherSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('href'), pattern: RegexSource, ...Within }),
  z.object({ by: z.literal('role'), roles: z.array(z.string().min(1)).min(1), label: LabelKeySchema, match: Match, ...Within }),
  z.object({ by: z.literal('text'), selector: z.string().min(1), label: LabelKeySchema, match: Match, ...Within }),
  z.object({ by: z.literal('css'), selector: z.string().min(1), ...Within }),
]);

export const StepSchema = z.object({
  id: z.string().regex(/^(fb|ig)-[a-z-]+$/),
  /** Pages where this step can be current. */
  pages: z.array(UrlRuleSchema).min(1),
  /** Shown only during a guided session started from the popup (the way from the feed). */
  sessionOnly: z.boolean().optional(),
  /** Ordered fallbacks; the first matcher that finds a visible element wins. */
  target: z.array(MatcherSchema).min(1),
  /** Only current while its target (a form field) is empty: the e-mail and the country. */
  whileEmpty: z.boolean().optional(),
  /** Only current once these steps' targets, when present, hold a value. */
  afterFilled: z.array(z.string()).optional(),
  /** Where the fallback panel sends the user when the target cannot be found. */
  directLink: z.url().optional(),
});

/** A page kind that is not a step but that the guide reacts to. */
export const FormSchema = z.object({
  pages: z.array(UrlRuleSchema).min(1),
  /** Which kind of objection a form of these pages records. */
  kind: z.enum(['own', 'third-party']),
  /** A form recognised only when the user opened it from Meta's notice (ids change every year). */
  onlyFromNotice: z.boolean().optional(),
  /** The words that tell the form was sent, once the form itself is gone. */
  confirmation: z.array(LabelKeySchema).min(1),
  reasonField: z.array(MatcherSchema).min(1),
});

export const PlaybookSchema = z
  .object({
    platform: PlatformSchema,
    steps: z.array(StepSchema).min(1),
    forms: z.array(FormSchema).min(1),
    /** Pages that are part of the path: the guide wakes on them even with no session. */
    homeUrl: z.url(),
    privacyCenterUrl: z.url(),
    formUrl: z.url(),
  })
  .superRefine((playbook, ctx) => {
    const ids = playbook.steps.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate step id' });
    for (const step of playbook.steps) {
      for (const dep of step.afterFilled ?? []) {
        if (!ids.includes(dep)) ctx.addIssue({ code: 'custom', message: `${step.id}: unknown step ${dep}` });
      }
    }
  });

export type UrlRule = z.infer<typeof UrlRuleSchema>;
export type Matcher = z.infer<typeof MatcherSchema>;
export type Step = z.infer<typeof StepSchema>;
export type FormRule = z.infer<typeof FormSchema>;
export type Playbook = z.infer<typeof PlaybookSchema>;
