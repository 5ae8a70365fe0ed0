import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '@/components/Options';
import '@/components/popup.css';
import '@/components/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<Options />, document.getElementById('app')!);
