import { render } from 'preact';
import { Welcome } from '@/components/Welcome';
import { t, uiLocale } from '@/components/i18n';
import '@/components/popup.css';
import '@/components/welcome.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
