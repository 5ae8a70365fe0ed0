import { render } from 'preact';
import { uiLocale } from '@/components/i18n';
import { i18n } from '#i18n';
import { preloadRecord } from '@/components/useRecord';
import { ComplaintKit } from '@/components/ComplaintKit';
import '@/components/popup.css';
import '@/components/followup.css';
import '@/components/complaint.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

preloadRecord();
document.documentElement.lang = uiLocale();
document.title = `Opposer — ${i18n.t('kitTitle')}`;
render(<ComplaintKit />, document.getElementById('app')!);
