import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
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

type ParsedImport = { ok: true; state: State } | { ok: false; error: string };

export function parseImport(json: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = ExportFileSchema.safeParse(data);
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
