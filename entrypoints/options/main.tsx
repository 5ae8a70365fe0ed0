import { render } from 'preact';
import { uiLocale } from '@/components/i18n';
import { preloadRecord } from '@/components/useRecord';
import { Options } from '@/components/Options';
import '@/components/popup.css';
import '@/components/options.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

preloadRecord();
document.documentElement.lang = uiLocale();
render(<Options />, document.getElementById('app')!);
