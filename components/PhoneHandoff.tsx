import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/record/messages';
import type { Account, State } from '@/lib/record/schema';
import { t } from './i18n';
import type { HandoffPanel as Panel } from './HandoffPanel';
import './handoff.css';

/**
 * On a `todo` row, for an account that lives in Meta's app: "On my phone" opens the hand-off
 * (HandoffPanel, fetched on first use), and "I sent it from the app" records the objection by
 * hand, dated now, through the background (the single writer). A mistaken click is undone on the
 * row it leaves (AccountRow's ByHandUndo), so no dialog stands in the way.
 */
export function PhoneHandoff({ state, account }: { state: State; account: Account }) {
  const [panel, setPanel] = useState<typeof Panel>();
  const [open, setOpen] = useState(false);
  const toggle = () => {
    setOpen(!open);
    if (!panel) void import('./HandoffPanel').then((m) => setPanel(() => m.HandoffPanel));
  };
  const Shown = open ? panel : undefined;
  return (
    <div class="phone">
      <div class="phone-actions">
        <button type="button" data-action="phone" aria-expanded={open} onClick={toggle}>
          {t('handoffButton')}
        </button>
        <button type="button" data-action="mark-sent" onClick={() => void sendMessage('objectionSentByHand', { accountKey: account.key })}>
          {t('markSentButton')}
        </button>
      </div>
      {Shown ? <Shown state={state} account={account} /> : null}
    </div>
  );
}
