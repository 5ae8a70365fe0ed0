import { ATTRIBUTES, type ObjectionKind } from '../domain';
import type { LabelLists } from '../playbooks/label-lists';
import type { FormRule, Step } from '../playbooks/schema';
import type { DoneRule, NotPossibleRule } from '../playbooks/task-schema';
import type { UiKey } from '../ui-keys';
import { findConfirmation } from '../page/confirmation';
import { setControlledValue } from '../page/react-input';
import { isVisible } from '../page/visibility';
import { isSwitchedOn } from '../engine/current-step';
import { findTarget } from '../engine/find-target';

/** A confirmed dialog must stay closed this long before the change counts as applied. */
const SETTLE_MS = 600;

/** What the page showed: the end the playbook aims at, or that it cannot be reached. */
export type Outcome =
  | { kind: 'sent'; objection: ObjectionKind; confirmationText: string }
  | { kind: 'done'; confirmationText: string }
  | { kind: 'not-possible'; reason: NotPossibleRule['reason']; note: UiKey };

/**
 * A playbook's objection form on this page (its `forms` rule): prefills the reason while the
 * field is empty, and sees the confirmation once the form it saw is gone.
 */
export class FormWatch {
  private formSeen = false;
  private prefilledText: string | undefined;

  constructor(private form: FormRule, private reasonTemplate: string | null) {}

  check(labels: LabelLists): Outcome | undefined {
    const field = findTarget(this.form.reasonField, labels);
    const reason = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field : undefined;
    if (reason) {
      this.formSeen = true;
      if (this.prefilledText === undefined && this.reasonTemplate && reason.value.trim() === '') {
        this.prefilledText = this.reasonTemplate;
        setControlledValue(reason, this.prefilledText);
      }
      // The page may re-create the field: the mark follows the value the extension filled.
      if (this.prefilledText !== undefined && reason.value === this.prefilledText) {
        reason.setAttribute(ATTRIBUTES.prefilled, 'true');
      }
      return undefined;
    }
    if (!this.formSeen) return undefined;
    const confirmation = findConfirmation(this.form.confirmation, labels);
    return confirmation ? { kind: 'sent', objection: this.form.kind, confirmationText: confirmation } : undefined;
  }
}

/**
 * A playbook's `done` and `notPossible` rules (task-schema.ts) on this page. Never from a
 * click alone: a click on the `done` step only tells what the page shows next is its answer.
 */
export class TaskWatch {
  /** The dialog of the confirm button the user clicked, and when (dialog-confirmed rule). */
  private confirming: { dialog: Element; at: number } | undefined;
  /** The user clicked the step after which the page confirms (confirmation rule). */
  private submitted = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private done: DoneRule,
    private notPossible: NotPossibleRule | undefined,
    private steps: readonly Step[],
    private rescan: () => void,
  ) {}

  check(labels: LabelLists): Outcome | undefined {
    return this.checkNotPossible(labels) ?? this.checkDone(labels);
  }

  /** A click on a marked target: the `done` step's tells what to wait for. */
  clicked(step: Step, marked: Element): void {
    if (step.id !== this.done.step) return;
    if (this.done.seen === 'dialog-confirmed') {
      const dialog = marked.closest('[role="dialog"]');
      if (dialog) this.confirming = { dialog, at: Date.now() };
    } else if (this.done.seen === 'confirmation') {
      this.submitted = true;
    }
    this.rescan();
  }

  sleep(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }

  /** The page shows the task cannot be done for this account: its step's target is disabled. */
  private checkNotPossible(labels: LabelLists): Outcome | undefined {
    const rule = this.notPossible;
    const step = rule && this.steps.find((s) => s.id === rule.whenDisabled);
    const target = step && findTarget(step.target, labels);
    if (!rule || !target || !isDisabled(target)) return undefined;
    return { kind: 'not-possible', reason: rule.reason, note: rule.note };
  }

  private checkDone(labels: LabelLists): Outcome | undefined {
    const rule = this.done;
    const step = this.steps.find((s) => s.id === rule.step);
    if (!step) return undefined;
    if (rule.seen === 'switch-on') {
      const target = findTarget(step.target, labels);
      return target && isSwitchedOn(target) ? { kind: 'done', confirmationText: '' } : undefined;
    }
    if (rule.seen === 'dialog-confirmed') {
      if (!this.confirming) return undefined;
      const wait = this.confirming.at + SETTLE_MS - Date.now();
      if (wait > 0) {
        clearTimeout(this.settleTimer);
        this.settleTimer = setTimeout(this.rescan, wait);
        return undefined;
      }
      const dialog = this.confirming.dialog;
      if (dialog.isConnected && isVisible(dialog)) return undefined;
      // Re-rendered, not closed: the confirm button is still on the page.
      if (findTarget(step.target, labels)) {
        this.confirming = undefined;
        return undefined;
      }
      return { kind: 'done', confirmationText: '' };
    }
    if (!this.submitted) return undefined;
    const words = findConfirmation(rule.words, labels);
    return words ? { kind: 'done', confirmationText: words } : undefined;
  }
}

function isDisabled(el: Element): boolean {
  return (el instanceof HTMLInputElement && el.disabled) || el.getAttribute('aria-disabled') === 'true';
}
