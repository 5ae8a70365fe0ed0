/** Configuration of assets/tasks.js (the contract between these page builders and that runtime). */
import type { Html } from '../../html';

export interface TasksConfig {
  kind: 'fb-posts' | 'ig-privacy' | 'wa-form';
  /** The page; refs: card, switch (ig), choice<i> and fields (wa). */
  page: Html;
  /** The confirmation dialog (fb, ig); actions confirm and cancel. */
  dialog?: Html;
  /** wa: the fields, rendered after a choice; data-r-field email/phone/reason; refs emailError, phoneError. */
  fields?: Html;
  /** wa: replaces the card after Send. */
  confirmation?: Html;
  errors?: { email: string; phone: string };
  /** ig: a professional account, whose switch is disabled. */
  professional?: boolean;
}
