import { describe, expect, it } from 'vitest';
import { createRecordFeed } from '@/lib/record/record-feed';
import { emptyState, type State } from '@/lib/record/schema';

/** A background whose answers the test releases one by one, in any order. */
function fakeSource(stored?: State) {
  const pending: Array<(s: State) => void> = [];
  let changed = () => {};
  return {
    source: {
      ask: () => new Promise<State>((resolve) => pending.push(resolve)),
      onChange: (fn: () => void) => {
        changed = fn;
      },
      stored: Promise.resolve(stored),
    },
    pending,
    change: () => changed(),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const withAccount = (key: string): State => ({ ...emptyState(), lastSeen: { facebook: key } });

describe('the record feed of a page', () => {
  it('a change while the page starts is not missed: it asks again, and the page shows the newer record', async () => {
    const bg = fakeSource();
    const feed = createRecordFeed(bg.source);
    bg.change(); // the account is seen before the popup has rendered
    bg.pending[0](emptyState());
    bg.pending[1](withAccount('facebook:marie'));
    await settle();
    const shown: State[] = [];
    feed.subscribe((s) => shown.push(s));
    expect(shown.at(-1)).toEqual(withAccount('facebook:marie'));
  });

  it('an older answer arriving after a newer one is ignored', async () => {
    const bg = fakeSource();
    const feed = createRecordFeed(bg.source);
    const shown: State[] = [];
    feed.subscribe((s) => shown.push(s));
    bg.change();
    bg.pending[1](withAccount('facebook:marie'));
    await settle();
    bg.pending[0](emptyState());
    await settle();
    expect(shown).toEqual([withAccount('facebook:marie')]);
  });

  it('shows the page’s own read of the stored record until the background answers, never after', async () => {
    const old = withAccount('facebook:old');
    const bg = fakeSource(old);
    const feed = createRecordFeed(bg.source);
    const shown: State[] = [];
    feed.subscribe((s) => shown.push(s));
    await settle();
    expect(shown).toEqual([old]);
    bg.pending[0](emptyState());
    await settle();
    expect(shown).toEqual([old, emptyState()]);
  });

  it('the page’s own read, done after the answer, is not shown', async () => {
    let release!: (s: State) => void;
    const bg = fakeSource();
    const feed = createRecordFeed({ ...bg.source, stored: new Promise<State>((r) => (release = r)) });
    const shown: State[] = [];
    feed.subscribe((s) => shown.push(s));
    bg.pending[0](emptyState());
    await settle();
    release(withAccount('facebook:old'));
    await settle();
    expect(shown).toEqual([emptyState()]);
  });
});
