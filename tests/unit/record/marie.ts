import { addAccount, recordAccountSeen } from '@/lib/record/actions';
import { emptyState, type State } from '@/lib/record/schema';

/** Her Instagram account (its username): seen logged in on Meta's pages, or added by hand in the popup. */
interface Instagram {
  id: string;
  origin: 'seen' | 'manual';
}

/** Marie's record: her Facebook account seen logged in on Meta's pages, and `instagram` if given. */
export function marieRecord(instagram?: Instagram): State {
  const state = emptyState();
  recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
  if (instagram?.origin === 'manual') addAccount(state, 'instagram', instagram.id, instagram.id);
  else if (instagram) recordAccountSeen(state, 'instagram', instagram.id, instagram.id);
  return state;
}
