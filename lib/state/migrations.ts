import { z } from 'zod';

/**
 * Version 1 of the stored record: a flat list of accounts, each with the date an objection was
 * sent from it. Version 2 (schema.ts) keeps objections apart, so that one sent from an account
 * can cover the others of its Accounts Center and carry its proof.
 */
export const StateV1Schema = z.object({
  accounts: z.array(
    z.object({
      platform: z.enum(['facebook', 'instagram']),
      id: z.string(),
      name: z.string().default(''),
      sentAt: z.string().optional(),
      formUrl: z.string().optional(),
      emailConfirmed: z.boolean().optional(),
    }),
  ),
});

/** v1 → v2. Returns the input untouched when it is not a v1 record, for validation to report. */
export function migrateV1ToV2(old: unknown): unknown {
  const parsed = StateV1Schema.safeParse(old);
  if (!parsed.success) return old;
  const now = new Date().toISOString();
  const accounts = parsed.data.accounts.map((a) => {
    const key = `${a.platform}:${a.id.toLowerCase()}`;
    return { key, platform: a.platform, id: a.id.toLowerCase(), name: a.name, firstSeen: a.sentAt ?? now, lastSeen: a.sentAt ?? now, origin: 'seen' };
  });
  const objections = parsed.data.accounts.flatMap((a, i) =>
    a.sentAt
      ? [{
          id: `migrated-${i}`,
          accountKey: accounts[i].key,
          platform: a.platform,
          kind: 'own',
          formUrl: a.formUrl ?? (a.platform === 'facebook'
            ? 'https://www.facebook.com/help/contact/712876720715583'
            : 'https://help.instagram.com/contact/767264225370182'),
          sentAt: a.sentAt,
          confirmationText: '',
          emailConfirmedAt: a.emailConfirmed ? a.sentAt : null,
        }]
      : [],
  );
  return { accounts, groups: [], objections, lastSeen: {}, session: null, templates: {}, notices: [] };
}
