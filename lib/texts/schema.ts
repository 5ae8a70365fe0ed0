import { z } from 'zod/mini';
import { LABEL_KEYS } from '../domain';

/**
 * One language's file in lib/texts/ (lib/texts/README.md says what each field is and where its
 * words come from). The extension imports these files at build time; tests/unit/texts/texts.test.ts
 * checks each against this schema, so nothing parses them on the user's machine.
 */
export const LanguageTextsSchema = z.strictObject({
  /** Meta's words on its pages in this language, per label key, most likely first. */
  labels: z.partialRecord(z.enum(LABEL_KEYS), z.array(z.string().check(z.regex(/\S/))).check(z.minLength(1))),
  /** The reason offered for the objection form. */
  reason: z.string().check(z.regex(/\S/)),
  /** The reason offered for the third-party information form. */
  thirdPartyReason: z.string().check(z.regex(/\S/)),
  /** The complaint letter to a data protection authority, with its placeholders. */
  letter: z.strictObject({ body: z.string().check(z.regex(/\S/)), line: z.string().check(z.regex(/\S/)) }),
});

export type LanguageTexts = z.infer<typeof LanguageTextsSchema>;
