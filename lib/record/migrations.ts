import { z } from 'zod/mini';
import { PlatformSchema } from '../playbooks/schema';
import { PLAYBOOKS } from '../playbooks/registry';
import { emptyFollowUp, StateSchema } from './schema';

/**
 * Version 1 of the stored record: a flat list of accounts, each with the date an objection was
 * sent from it. Version 2 (schema.ts) keeps objections apart, so that one sent from an account
 * can cover the others of its Accounts Center and carry its proof.
 */
export const StateV1Schema = z.object({
  accounts: z.array(
    z.object({
      platform: PlatformSchema,
      id: z.string(),
      name: z._default(z.string(), ''),
      sentAt: z.optional(z.string()),
      formUrl: z.optional(z.string()),
      emailConfirmed: z.optional(z.boolean()),
    }),
  ),
});

/**
 * v1 → v2. Returns the input untouched when it is not a valid v1 record, or when its result
 * would not be a valid v2 one: validation then reports it and the backup keeps it as it was.
 */
export function migrateV1ToV2(old: unknown): unknown {
  // A record that keeps objections apart is version 2 or later, whatever its version key says
  // (one found without it would otherwise be read as v1 here, and its objections dropped).
  if (isObject(old) && 'objections' in old) return old;
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
          formUrl: a.formUrl ?? PLAYBOOKS[a.platform].formUrl,
          sentAt: a.sentAt,
          confirmationText: '',
          emailConfirmedAt: a.emailConfirmed ? a.sentAt : null,
        }]
      : [],
  );
  const migrated = { accounts, groups: [], objections, lastSeen: {}, session: null, templates: {}, notices: [] };
  return StateSchema.safeParse(migrated).success ? migrated : old;
}

/**
 * v2 → v3: each objection gains `followUp` (the genuine-e-mail check and the complaint kit's
 * date), empty. Returns the input untouched when it is not a v2-shaped record, or when its
 * result would not be a valid v3 one: validation then reports it and the backup keeps it as it was.
 */
export function migrateV2ToV3(old: unknown): unknown {
  if (!isObject(old) || !Array.isArray(old.objections)) return old;
  const migrated = {
    ...old,
    objections: old.objections.map((o: unknown) =>
      isObject(o) && !('followUp' in o) ? { ...o, followUp: emptyFollowUp() } : o,
    ),
  };
  return StateSchema.safeParse(migrated).success ? migrated : old;
}

/** A stored value that is a plain object (not null, not an array): what a record can be. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
