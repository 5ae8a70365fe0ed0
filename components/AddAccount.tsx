import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/state/messages';
import { t } from './i18n';

/** Adds an account by hand: one Opposer has not seen, e.g. used on another device. */
export function AddAccount() {
  const [platform, setPlatform] = useState<'facebook' | 'instagram'>('facebook');
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
          <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as 'facebook' | 'instagram')}>
            <option value="facebook">{t('platform_facebook')}</option>
            <option value="instagram">{t('platform_instagram')}</option>
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
