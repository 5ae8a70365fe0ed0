import { mountPage } from '@/components/mount';
import { Welcome } from '@/components/Welcome';
import { t } from '@/components/i18n';
import '@/components/popup.css';
import '@/components/welcome.css';
import '@/components/touch.css';
import { markTouchScreen } from '@/components/touch';

markTouchScreen();

mountPage(<Welcome />, () => t('welcomeTitle'));
