import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/Welcome';
import { t } from '@/components/i18n';
import '@/components/popup.css';
import '@/components/welcome.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
