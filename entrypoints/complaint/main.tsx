import { mountPage } from '@/components/mount';
import { t } from '@/components/i18n';
import { preloadRecord } from '@/components/useRecord';
import { ComplaintKit } from '@/components/ComplaintKit';
import '@/components/popup.css';
import '@/components/followup.css';
import '@/components/complaint.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

preloadRecord();
mountPage(<ComplaintKit />, () => `Opposer — ${t('kitTitle')}`);
