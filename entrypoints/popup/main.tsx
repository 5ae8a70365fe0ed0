import { render } from 'preact';
import { uiLocale } from '@/components/i18n';
import { preloadRecord } from '@/components/useRecord';
import { Popup } from '@/components/Popup';
import '@/components/popup.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';
import { closeAfterLinks } from '@/components/close-popup';

markTouchScreen();
closeAfterLinks();

preloadRecord();
document.documentElement.lang = uiLocale();
render(<Popup />, document.getElementById('app')!);
