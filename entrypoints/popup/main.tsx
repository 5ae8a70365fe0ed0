import { mountPage } from '@/components/mount';
import { preloadRecord } from '@/components/useRecord';
import { Popup } from '@/components/Popup';
import '@/components/popup.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';
import { closeAfterLinks } from '@/components/close-popup';

markTouchScreen();
closeAfterLinks();

preloadRecord();
mountPage(<Popup />);
