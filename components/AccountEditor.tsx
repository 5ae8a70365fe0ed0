import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/record/messages';
import type { Account, State } from '@/lib/record/schema';
import { Disclosure } from './Disclosure';
import { t } from './i18n';
import { PageToggle } from './TaskChips';

/**
 * Corrections the user can make to a row: rename, link to another account, merge, remove.
 * Built only once opened: closed, 30 rows would otherwise carry 30 lists of every account.
 */
export function AccountEditor({ state, account }: { state: State; account: Account }) {
  return <Disclosure class="editor" summary={t('edit')} content={() => <EditorFields state={state} account={account} />} />;
}

function EditorFields({ state, account }: { state: State; account: Account }) {
  const [name, setName] = useState(account.name);
  const others = state.accounts.filter((a) => a.key !== account.key);
  const linked = state.groups.find((g) => g.accountKeys.includes(account.key));
  const linkedTo = linked?.accountKeys.find((k) => k !== account.key) ?? '';
  const samePlatform = others.filter((a) => a.platform === account.platform);
  // Objections attributed to this account (help forms show no account: the last one seen is assumed).
  const sentHere = state.objections.filter((o) => o.kind === 'own' && o.accountKey === account.key);
  return (
    <>
      {account.platform === 'facebook' ? <PageToggle account={account} /> : null}
      <form
        class="editor-row"
        onSubmit={(e) => {
          e.preventDefault();
          void sendMessage('renameAccount', { key: account.key, name: name.trim() });
        }}
      >
        <label>
          {t('rename')}
          <input value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('save')}</button>
      </form>
      <AccountChoice
        title={t('linkedWith')}
        accounts={others}
        value={linkedTo}
        none={t('notLinked')}
        onPick={(key) => void sendMessage('setLinkedAccount', { key: account.key, withKey: key || null })}
      />
      {samePlatform.length ? (
        <AccountChoice
          title={t('mergeInto')}
          accounts={samePlatform}
          onPick={(into) => into && confirm(t('confirmMerge')) && void sendMessage('mergeAccounts', { from: account.key, into })}
        />
      ) : null}
      {sentHere.length && samePlatform.length ? (
        <AccountChoice
          title={t('sentFromOther')}
          accounts={samePlatform}
          onPick={(key) => key && sentHere.forEach((o) => void sendMessage('reassignObjection', { objectionId: o.id, accountKey: key }))}
        />
      ) : null}
      <button
        type="button"
        class="danger"
        onClick={() => confirm(t('confirmRemove')) && void sendMessage('removeAccount', { key: account.key })}
      >
        {t('remove')}
      </button>
    </>
  );
}

/** An editor row choosing one of `accounts`; the first option (value '') reads `none`. */
function AccountChoice(props: { title: string; accounts: Account[]; value?: string; none?: string; onPick: (key: string) => void }) {
  const { title, accounts, value = '', none = '—', onPick } = props;
  return (
    <label class="editor-row">
      {title}
      <select value={value} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">{none}</option>
        {accounts.map((a) => (
          <option value={a.key}>{`${t(`platform_${a.platform}`)} · ${a.name || a.id}`}</option>
        ))}
      </select>
    </label>
  );
}
