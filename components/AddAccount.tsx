import { useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { sendMessage } from '@/lib/record/messages';
import { t } from './i18n';

/** Adds an account by hand: one Opposer has not seen, e.g. used on another device. */
export function AddAccount() {
  const [platform, setPlatform] = useState<Platform>(PLATFORMS[0]);
  const [id, setId] = useState('');
  const [error, setError] = useState('');
  return (
    <details class="add-account">
      <summary>{t('addAccount')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const clean = id.trim().replace(/^@/, '');
          if (!/^[^\s:]+$/.test(clean)) return setError(t('addAccountInvalid'));
          setError('');
          void sendMessage('addAccount', { platform, id: clean, name: clean }).then(() => setId(''));
        }}
      >
        <label>
          {t('platform')}
          <select value={platform} onChange={(e) => setPlatform(PLATFORMS.find((p) => p === e.currentTarget.value) ?? platform)}>
            {PLATFORMS.map((p) => <option value={p}>{t(PLAYBOOKS[p].uiText.name)}</option>)}
          </select>
        </label>
        <label>
          {t('accountId')}
          <input value={id} maxLength={200} onInput={(e) => setId(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} />
        </label>
        <button type="submit">{t('add')}</button>
        {error ? <p class="error" role="alert">{error}</p> : null}
      </form>
    </details>
  );
}
