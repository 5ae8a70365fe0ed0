import { render } from 'preact';
import { browser } from 'wxt/browser';
import { preloadRecord } from '@/components/useRecord';
import { Options } from '@/components/Options';
import '@/components/popup.css';
import '@/components/options.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

preloadRecord();
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Options />, document.getElementById('app')!);
