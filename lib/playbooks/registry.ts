import type { Platform } from '../domain';
import { FACEBOOK_PLAYBOOK } from './facebook';
import { INSTAGRAM_PLAYBOOK } from './instagram';
import type { Playbook } from './schema';

/**
 * Every site's playbook, keyed by platform: what the popup, the add-account form, the state
 * changes and the background iterate over. (A content script imports only its own playbook.)
 */
export const PLAYBOOKS: Readonly<Record<Platform, Playbook>> = {
  facebook: FACEBOOK_PLAYBOOK,
  instagram: INSTAGRAM_PLAYBOOK,
};
