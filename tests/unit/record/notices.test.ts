import { describe, expect, it } from 'vitest';
import { dismissNotices } from '@/lib/record/notices';
import { emptyState } from '@/lib/record/schema';

describe('dismissNotices', () => {
  it('removes every notice and nothing else', () => {
    const state = emptyState();
    state.notices.push({ kind: 'bad-data-reset', at: '2026-05-01T10:00:00.000Z', backupKey: '', problem: 'bad' });
    state.templates.de = 'Mein Grund';
    dismissNotices(state);
    expect(state.notices).toEqual([]);
    expect(state.templates).toEqual({ de: 'Mein Grund' });
  });
});
