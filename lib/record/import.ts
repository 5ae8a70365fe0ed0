import { z } from 'zod/mini';
import { isAuthorityCode } from '../followup/authority-codes';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { migrateV2ToV3 } from './migrations';
import { StateSchema, type State } from './schema';

/**
 * The import of an export file (export.ts): accepts exactly what the export writes, checked
 * field by field; a bad file changes nothing.
 */

const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  state: StateSchema,
});

/**
 * A file exported before the follow-up existed (version 2) is read as its migration reads it;
 * one of version 3 has the same layout, with no objection recorded by hand.
 */
function upgrade(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const old = data as { version?: unknown; state?: unknown };
  if (old.version === 2) return { ...old, version: EXPORT_VERSION, state: migrateV2ToV3(old.state) };
  if (old.version === 3) return { ...old, version: EXPORT_VERSION };
  return data;
}

type ParsedImport = { ok: true; state: State } | { ok: false; error: string };

export function parseImport(json: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = ExportFileSchema.safeParse(upgrade(data));
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
