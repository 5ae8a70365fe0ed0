import { useEffect, useState } from 'preact/hooks';
import { deliver } from '@/lib/deliver';
import type { Language } from '@/lib/languages';
import { sendMessage } from '@/lib/record/messages';
import type { ReasonForm } from '@/lib/record/reasons';

/**
 * Opposer's reason for a form in a language, asked of the background, which alone carries the
 * 48 texts (lib/templates/defaults.ts); undefined until it answers. Asked again while the
 * background's worker restarts (deliver): the page waits for this answer before it lets the
 * reason be edited.
 */
export function useDefaultReason(form: ReasonForm, lang: Language): string | undefined {
  const [reason, setReason] = useState<{ form: ReasonForm; lang: Language; text: string }>();
  useEffect(() => {
    let current = true;
    deliver(() => sendMessage('getDefaultReason', { form, lang })).then(
      (text) => current && setReason({ form, lang, text }),
      () => undefined, // The extension gone (updated, removed): this page has nothing to show.
    );
    return () => void (current = false);
  }, [form, lang]);
  return reason?.form === form && reason.lang === lang ? reason.text : undefined;
}
