import { ATTRIBUTES } from '../domain';
import type { Language } from '../languages';
import type { LabelLists } from '../playbooks/label-lists';
import type { Step } from '../playbooks/schema';
import type { TaskPlaybook } from '../playbooks/task-schema';
import type { TaskContext } from '../state/messages';
import { findConfirmation } from '../page/confirmation';
import { pageLanguage } from '../page/language';
import { isVisible } from '../page/visibility';
import { isSwitchedOn, pathLength, pickCurrentStep, stepNumber, urlMatches } from './current-step';
import { findTarget } from './find-target';
import { FallbackPanel } from './fallback-panel';
import { Highlight } from './highlight';
import { createOverlay, type Overlay } from './overlay';
import { LazyWatcher } from './watch';

const STEP_ATTRIBUTE = ATTRIBUTES.step;
/** A confirmed dialog must stay closed this long before the change counts as applied. */
const SETTLE_MS = 600;

export interface TaskGuideTexts {
  instruction(step: Step): string;
  counter(step: number, total: number): string;
  notFound(step: Step): string;
  /** Why the task cannot be done here (the playbook's `notPossible.note`). */
  notPossible(note: string): string;
  done: string;
  directLink: string;
  stop: string;
  close: string;
}

export interface TaskBackend {
  context(pageLang: Language | null): Promise<TaskContext>;
  done(seen: { url: string; confirmationText: string }): Promise<void>;
  notPossible(seen: { url: string; reason: NonNullable<TaskPlaybook['notPossible']>['reason'] }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Guides one task beyond the objection on one tab, only when the user started it from the popup:
 * marks the current step's target, and records the task once the page shows it took effect
 * (the playbook's `done` rule), or that it cannot be done (`notPossible`). Never clicks.
 * Sleeps on every other page, and once the task is done.
 */
export class TaskGuide {
  private url: string | undefined;
  private generation = 0;
  private steps: Step[] = [];
  private labels: LabelLists = {};
  private overlay: Overlay | undefined;
  private highlight: Highlight | undefined;
  private panel: FallbackPanel | undefined;
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private finished = false;
  /** The dialog of the confirm button the user clicked, and when (dialog-confirmed rule). */
  private confirming: { dialog: Element; at: number } | undefined;
  /** The user clicked the step after which the page confirms (confirmation rule). */
  private submitted = false;
  private readonly watcher = new LazyWatcher(() => this.scan());
  private readonly onInput = () => this.watcher.schedule();
  private readonly onClick = (event: Event) => this.clicked(event);

  constructor(
    private playbook: TaskPlaybook,
    private texts: TaskGuideTexts,
    private backend: TaskBackend,
    private options: { fallbackMs?: number } = {},
  ) {}

  async onLocation(): Promise<void> {
    if (this.url === location.href) return;
    this.url = location.href;
    const generation = ++this.generation;
    this.sleep();
    this.finished = false;
    this.submitted = false;
    this.confirming = undefined;
    const url = new URL(location.href);
    // The one cheap check: is this page one of the task's?
    const steps = this.playbook.steps.filter((s) => urlMatches(s.pages, url));
    if (steps.length === 0) return;
    let context: TaskContext;
    try {
      context = await this.backend.context(pageLanguage() ?? null);
    } catch {
      return;
    }
    if (generation !== this.generation || !context.running) return;
    this.steps = steps;
    this.labels = context.labels;
    this.wake();
  }

  stop(): void {
    this.generation++;
    this.sleep();
    this.overlay?.destroy();
    this.overlay = this.highlight = this.panel = undefined;
  }

  private wake(): void {
    this.watcher.start(document.body);
    document.addEventListener('input', this.onInput, true);
    document.addEventListener('change', this.onInput, true);
    document.addEventListener('click', this.onClick, true);
    this.armFallback();
    this.scan();
  }

  private sleep(): void {
    this.watcher.stop();
    document.removeEventListener('input', this.onInput, true);
    document.removeEventListener('change', this.onInput, true);
    document.removeEventListener('click', this.onClick, true);
    clearTimeout(this.fallbackTimer);
    clearTimeout(this.settleTimer);
    this.fallbackTimer = this.settleTimer = undefined;
    this.unmark();
    this.highlight?.hide();
  }

  private scan(): void {
    try {
      if (location.href !== this.url) {
        void this.onLocation();
        return;
      }
      if (this.finished) return;
      if (this.checkNotPossible() || this.checkDone()) return;
      const current = pickCurrentStep(this.playbook, this.steps, this.labels);
      if (!current) {
        this.unmark();
        this.highlight?.hide();
        return;
      }
      this.mark(current.target, current.step.id);
      this.panel?.hide();
      this.ui().highlight.show(current.target, {
        counter: this.texts.counter(stepNumber(this.playbook, current.step), pathLength(this.playbook)),
        instruction: this.texts.instruction(current.step),
        stopLabel: this.texts.stop,
        onStop: () => this.dismiss(),
      });
    } catch {
      // A hostile or unexpected page must never see the guide throw: the fallback takes over.
    }
  }

  /** The page shows the task cannot be done for this account: say why, point at nothing. */
  private checkNotPossible(): boolean {
    const rule = this.playbook.notPossible;
    const step = rule && this.steps.find((s) => s.id === rule.whenDisabled);
    const target = step && findTarget(step.target, this.labels);
    if (!rule || !target || !isDisabled(target)) return false;
    this.finish(this.texts.notPossible(rule.note));
    void this.backend.notPossible({ url: location.href, reason: rule.reason }).catch(() => undefined);
    return true;
  }

  /** The playbook's `done` rule, seen on the page. */
  private checkDone(): boolean {
    const rule = this.playbook.done;
    const step = this.steps.find((s) => s.id === rule.step);
    if (!step) return false;
    let confirmationText = '';
    if (rule.seen === 'switch-on') {
      const target = findTarget(step.target, this.labels);
      if (!target || !isSwitchedOn(target)) return false;
    } else if (rule.seen === 'dialog-confirmed') {
      if (!this.confirming) return false;
      const wait = this.confirming.at + SETTLE_MS - Date.now();
      if (wait > 0) {
        clearTimeout(this.settleTimer);
        this.settleTimer = setTimeout(() => this.scan(), wait);
        return false;
      }
      const dialog = this.confirming.dialog;
      if (dialog.isConnected && isVisible(dialog)) return false;
      // Re-rendered, not closed: the confirm button is still on the page.
      if (findTarget(step.target, this.labels)) {
        this.confirming = undefined;
        return false;
      }
    } else {
      if (!this.submitted) return false;
      const words = findConfirmation(rule.words, this.labels);
      if (!words) return false;
      confirmationText = words;
    }
    this.finish(this.texts.done);
    void this.backend.done({ url: location.href, confirmationText }).catch(() => undefined);
    return true;
  }

  private finish(message: string): void {
    this.finished = true;
    this.sleep();
    this.ui().panel.show({ message, stopLabel: this.texts.close, onStop: () => this.panel?.hide() });
  }

  /** A click on the marked `done` step: what the page shows next decides whether it took effect. */
  private clicked(event: Event): void {
    const marked = (event.target as Element | null)?.closest?.(`[${STEP_ATTRIBUTE}]`);
    if (marked?.getAttribute(STEP_ATTRIBUTE) !== this.playbook.done.step) return;
    if (this.playbook.done.seen === 'dialog-confirmed') {
      const dialog = marked.closest('[role="dialog"]');
      if (dialog) this.confirming = { dialog, at: Date.now() };
    } else if (this.playbook.done.seen === 'confirmation') {
      this.submitted = true;
    }
    this.watcher.schedule();
  }

  private armFallback(): void {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => {
      this.fallbackTimer = undefined;
      try {
        if (this.finished || document.querySelector(`[${STEP_ATTRIBUTE}]`)) return;
        const href = this.playbook.fallbacks.find((u) => new URL(u).pathname !== location.pathname) ?? this.playbook.fallbacks[0];
        this.ui().panel.show({
          message: this.texts.notFound(this.steps[0]),
          link: { href, label: this.texts.directLink },
          stopLabel: this.texts.stop,
          onStop: () => this.dismiss(),
        });
      } catch {
        // Even the fallback could not be shown (a hostile page): stay silent rather than throw.
      }
    }, this.options.fallbackMs ?? 8000);
  }

  private dismiss(): void {
    this.stop();
    void this.backend.stop().catch(() => undefined);
  }

  private mark(target: Element, stepId: string): void {
    for (const other of Array.from(document.querySelectorAll(`[${STEP_ATTRIBUTE}]`))) {
      if (other !== target) other.removeAttribute(STEP_ATTRIBUTE);
    }
    if (target.getAttribute(STEP_ATTRIBUTE) !== stepId) target.setAttribute(STEP_ATTRIBUTE, stepId);
  }

  private unmark(): void {
    for (const el of Array.from(document.querySelectorAll(`[${STEP_ATTRIBUTE}]`))) el.removeAttribute(STEP_ATTRIBUTE);
  }

  private ui() {
    if (!this.overlay || !this.overlay.root.host.isConnected) {
      this.overlay = createOverlay();
      this.highlight = new Highlight(this.overlay);
      this.panel = new FallbackPanel(this.overlay);
    }
    return { highlight: this.highlight!, panel: this.panel! };
  }
}

function isDisabled(el: Element): boolean {
  return (el instanceof HTMLInputElement && el.disabled) || el.getAttribute('aria-disabled') === 'true';
}
