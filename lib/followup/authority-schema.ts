import { z } from 'zod/mini';
import { EEA_COUNTRIES } from './authority-codes';

/** The shape every entry of authorities.ts must have: a name, a country, an https complaint page, a source date. */
export const AuthoritySchema = z.object({
  code: z.string().check(z.regex(/^[A-Z]{2}(-[A-Z]{2})?$/)),
  country: z.enum(EEA_COUNTRIES),
  name: z.string().check(z.minLength(3)),
  complaintUrl: z.url({ protocol: /^https$/ }),
  sourceDate: z.iso.date(),
});
