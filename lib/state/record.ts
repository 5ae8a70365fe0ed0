import { z } from 'zod';
import { RECORD_FORMAT } from './export';
import { StateSchema, type State } from './schema';

/**
 * Import of an exported record (export.ts): accepts exactly what export writes, checked
 * field by field; a bad file changes nothing.
 */

export const RecordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(2),
  exportedAt: z.iso.datetime({ offset: true }),
  state: StateSchema,
});

export type ParsedRecord = { ok: true; state: State } | { ok: false; error: string };

export function parseRecord(json: string): ParsedRecord {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = RecordSchema.safeParse(data);
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
  return { ok: true, state: parsed.data.state };
}
