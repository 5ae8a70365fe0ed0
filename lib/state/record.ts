import { z } from 'zod';
import { isAuthorityCode } from '../followup/authorities';
import { RECORD_FORMAT, RECORD_VERSION } from './export';
import { migrateV2ToV3 } from './migrations';
import { StateSchema, type State } from './schema';

/**
 * Import of an exported record (export.ts): accepts exactly what export writes, checked
 * field by field; a bad file changes nothing.
 */

export const RecordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  state: StateSchema,
});

/** A file exported before the follow-up existed (version 2) is read as its migration reads it. */
function upgrade(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 2) return data;
  const old = data as { state?: unknown };
  return { ...old, version: RECORD_VERSION, state: migrateV2ToV3(old.state) };
}

export type ParsedRecord = { ok: true; state: State } | { ok: false; error: string };

export function parseRecord(json: string): ParsedRecord {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = RecordSchema.safeParse(upgrade(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  const keys = parsed.data.state.accounts.map((a) => a.key);
  if (new Set(keys).size !== keys.length) return { ok: false, error: 'state.accounts: the same account appears twice' };
  const known = new Set(keys);
  for (const group of parsed.data.state.groups) {
    const unknown = group.accountKeys.find((k) => !known.has(k));
    if (unknown) return { ok: false, error: `state.groups: unknown account ${unknown}` };
  }
  for (const objection of parsed.data.state.objections) {
    const { complaintPreparedAt, complaintAuthority, genuineCheckedAt } = objection.followUp;
    if (complaintAuthority !== null && !isAuthorityCode(complaintAuthority)) {
      return { ok: false, error: `state.objections.followUp: unknown authority ${complaintAuthority}` };
    }
    if ((complaintPreparedAt === null) !== (complaintAuthority === null)) {
      return { ok: false, error: 'state.objections.followUp: a complaint needs both its date and its authority' };
    }
    for (const at of [complaintPreparedAt, genuineCheckedAt]) {
      if (at !== null && Date.parse(at) < Date.parse(objection.sentAt)) {
        return { ok: false, error: 'state.objections.followUp: a follow-up dated before the objection was sent' };
      }
    }
  }
  return { ok: true, state: parsed.data.state };
}
