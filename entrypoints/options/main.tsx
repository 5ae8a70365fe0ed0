import { mountPage } from '@/components/mount';
import { preloadRecord } from '@/components/useRecord';
import { Options } from '@/components/Options';
import '@/components/popup.css';
import '@/components/options.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

preloadRecord();
mountPage(<Options />);
