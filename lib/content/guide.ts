import { ATTRIBUTES, type ObjectionKind, type Task } from '../domain';
import type { Language } from '../languages';
import type { LabelLists } from '../playbooks/label-lists';
import type { Step } from '../playbooks/schema';
import type { NotPossibleRule } from '../playbooks/task-schema';
import type { GuidePlaybook } from '../playbooks/guide-playbook';
import type { UiKey } from '../ui-keys';
import { controlName } from '../page/own-words';
import { pageLanguage } from '../page/language';
import { isPhoneSizePage } from '../page/phone';
import { detourPlace, pathLength, pickCurrentStep, type DetourPlace } from '../engine/current-step';
import { urlMatches } from '../engine/url-rules';
import { formKindAt, pagePlan, type PlanFacts } from '../engine/page-plan';
import { candidateSelector, changesMatter } from '../engine/changes-that-matter';
import { FallbackPanel } from './fallback-panel';
import { Highlight } from './highlight';
import { buildReport } from './report';
import { createOverlay, type Overlay } from './overlay';
import { FormWatch, TaskWatch, type Outcome } from './outcomes';
import { LazyWatcher } from './watch';

const STEP_ATTRIBUTE = ATTRIBUTES.step;

/** What the background tells the guide about one playbook on this page. */
export interface PageContext extends PlanFacts {
  /** Meta's words to match on this page (lib/playbooks/label-lists.ts). */
  labels: LabelLists;
  /** The reason to prefill in the page's language. */
  reasonTemplate: string | null;
}

/** The words the guide shows, in the user's language (the content script wires i18n in). */
export interface GuideTexts {
  /**
   * `pageWords`: the target's own words on Meta's page, which may be in another language than
   * the UI. `typeahead`: the target is a typeahead (a field chosen through the page's suggestion
   * list), so the instruction says how to choose in it.
   */
  instruction(step: Step, pageWords: string | undefined, typeahead: boolean): string;
  /** "Step 3 of 7", and the place on a way round when the step is on one. */
  counter(step: number, total: number, detour: DetourPlace | undefined): string;
  notFound(step: Step): string;
  /** A UI message named by the playbook (its `uiText.done`, a `notPossible.note`). */
  message(key: UiKey): string;
  directLink: string;
  stop: string;
  close: string;
  copyReport: string;
  reportCopied: string;
}

/** What the guide asks of and tells the background. */
export interface GuideBackend {
  /** `form`: the kind of form this page is, if one (picks the reason). */
  context(playbook: GuidePlaybook, pageLang: Language | null, form: ObjectionKind | null): Promise<PageContext>;
  objectionSent(sent: { kind: ObjectionKind; formUrl: string; confirmationText: string }): Promise<void>;
  formFollowed(url: string): Promise<void>;
  taskDone(seen: { task: Task; url: string; confirmationText: string }): Promise<void>;
  taskNotPossible(seen: { task: Task; url: string; reason: NotPossibleRule['reason'] }): Promise<void>;
  /** The user stopped guiding this playbook. */
  stop(playbook: GuidePlaybook): Promise<void>;
}

export interface GuideOptions {
  /** How long a step's target may stay missing before the fallback panel offers the way round. */
  fallbackMs?: number;
  /** Opposer's version, written into a copied report. */
  version?: string;
}

/** The playbook being guided on this page, with what the background said about it. */
interface Plan {
  playbook: GuidePlaybook;
  steps: Step[];
  /** The path the step numbers count (page-plan.ts: a phone's starts at the Privacy Center). */
  path: { steps: readonly Step[] };
  context: PageContext;
  form: FormWatch | undefined;
  task: TaskWatch | undefined;
  /** Every element the plan's steps could mark (changes-that-matter.ts). */
  candidates: string;
}

/**
 * Runs the guide on one tab for a content script's playbooks (its site's, then its tasks'):
 * works out which playbook and step apply from the URL and the page, marks the step's target,
 * keeps the highlight on it, and watches for what the playbook says ends it (a form's
 * confirmation, a task's `done` or `notPossible` rule). Sleeps (no observer, nothing running)
 * on pages where there is nothing to do.
 */
export class Guide {
  private readonly playbooks: readonly GuidePlaybook[];
  private url: URL | undefined;
  private generation = 0;
  private plan: Plan | undefined;
  private overlay: Overlay | undefined;
  private highlight: Highlight | undefined;
  private panel: FallbackPanel | undefined;
  /** The panel shows an outcome (sent, done): it stays when the user moves on. */
  private panelShowsOutcome = false;
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly dismissed = new Set<GuidePlaybook>();
  private finished = false;
  /** The last scan found candidates of which none clearly won: words rendered later may decide. */
  private unsure = false;
  private readonly watcher = new LazyWatcher(() => this.scan(), { matters: (records) => this.mayChangeScan(records) });
  private readonly onInput = () => this.watcher.schedule();
  private readonly onClick = (event: Event) => this.clicked(event);

  constructor(
    playbooks: GuidePlaybook | readonly GuidePlaybook[],
    private texts: GuideTexts,
    private backend: GuideBackend,
    private options: GuideOptions = {},
  ) {
    this.playbooks = Array.isArray(playbooks) ? playbooks : [playbooks as GuidePlaybook];
  }

  /** Call on start and after every same-document navigation. */
  async onLocation(): Promise<void> {
    const url = new URL(location.href);
    if (this.url?.href === url.href) return;
    this.url = url;
    const generation = ++this.generation;
    this.sleep();
    this.plan = undefined;
    this.finished = false;
    const plan = await this.planHere(url);
    if (generation !== this.generation || plan === 'unreachable') return;
    this.plan = plan;
    if (this.plan) this.wake();
  }

  /**
   * The record changed (the objection sent from another tab, a session started or ended): asks
   * the background again what this page is for. The mark changes only when the answer does: a
   * record written for any other reason (an account seen) leaves the guide as it is.
   */
  async refresh(): Promise<void> {
    const url = this.url;
    if (!url || this.finished) return;
    const generation = this.generation;
    const plan = await this.planHere(url);
    if (generation !== this.generation || plan === 'unreachable' || samePlan(plan, this.plan)) return;
    this.generation++;
    this.sleep();
    this.plan = plan;
    if (plan) this.wake();
  }

  /** The plan for `url` from the background's facts; 'unreachable' when it could not be asked. */
  private async planHere(url: URL): Promise<Plan | undefined | 'unreachable'> {
    // The one cheap check: which playbooks have this URL on their path at all?
    const here = this.playbooks.filter((p) => !this.dismissed.has(p) && p.steps.some((s) => urlMatches(s.pages, url)));
    if (here.length === 0) return undefined;
    let plans: (Plan | undefined)[];
    try {
      plans = await Promise.all(here.map((playbook) => this.planFor(playbook, url)));
    } catch {
      return 'unreachable'; // The extension was reloaded or the background is unreachable: stay quiet.
    }
    // A task the user started is the more specific wish: the content script lists it first.
    return plans.find((p) => p && !this.dismissed.has(p.playbook));
  }

  /** Ends guiding on this tab. */
  stop(): void {
    this.generation++;
    this.sleep();
    this.overlay?.destroy();
    this.overlay = this.highlight = this.panel = undefined;
  }

  private async planFor(playbook: GuidePlaybook, url: URL): Promise<Plan | undefined> {
    const context = await this.backend.context(playbook, pageLanguage() ?? null, formKindAt(playbook, url));
    const here = pagePlan(playbook, url, { ...context, phoneSize: isPhoneSizePage() });
    if (!here) return undefined;
    return {
      playbook,
      steps: here.steps,
      path: here.path,
      context,
      form: here.form && new FormWatch(here.form, context.reasonTemplate),
      task: playbook.done && new TaskWatch(playbook.done, playbook.notPossible, here.steps, () => this.watcher.schedule()),
      candidates: candidateSelector(here.steps),
    };
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
    this.fallbackTimer = undefined;
    this.plan?.task?.sleep();
    this.unmark();
    this.highlight?.hide();
    if (!this.panelShowsOutcome) this.panel?.hide();
  }

  private scan(): void {
    try {
      if (location.href !== this.url?.href) {
        void this.onLocation();
        return;
      }
      const plan = this.plan;
      if (!plan || this.finished) return;
      const outcome = plan.form?.check(plan.context.labels) ?? plan.task?.check(plan.context.labels);
      if (outcome) {
        this.finish(plan, outcome);
        return;
      }
      const doubt = { unsure: false };
      const current = pickCurrentStep(plan.path, plan.steps, plan.context.labels, document, doubt);
      this.unsure = doubt.unsure;
      if (!current) {
        this.unmark();
        this.highlight?.hide();
        return;
      }
      this.mark(current.target, current.step.id);
      this.hidePanel();
      this.ui().highlight.show(current.target, {
        counter: this.texts.counter(current.number, pathLength(plan.path, current.step), detourPlace(plan.playbook, current.step)),
        instruction: this.texts.instruction(current.step, pageWords(current.target), isTypeahead(current.step, current.target)),
        stopLabel: this.texts.stop,
        onStop: () => this.dismiss(),
      });
    } catch {
      // A hostile or unexpected page must never see the guide throw: the fallback takes over.
    }
  }

  /**
   * Whether a batch of the page's changes is worth a scan: always where an outcome is watched
   * (a form's confirmation, a task's result: words anywhere) or the last scan was unsure;
   * elsewhere only changes to elements the steps could mark.
   */
  private mayChangeScan(records: readonly MutationRecord[]): boolean {
    const plan = this.plan;
    if (!plan || plan.form || plan.task || this.unsure) return true;
    return changesMatter(records, plan.candidates);
  }

  /** The page showed the plan's end: tell the background, say so, and sleep. */
  private finish(plan: Plan, outcome: Outcome): void {
    this.finished = true;
    this.sleep();
    void this.record(plan.playbook, outcome, this.url!.href).catch(() => undefined);
    const message = this.texts.message(outcome.kind === 'not-possible' ? outcome.note : plan.playbook.uiText.done);
    this.panelShowsOutcome = true;
    this.ui().panel.show({ message, stopLabel: this.texts.close, onStop: () => this.hidePanel() });
  }

  private record(playbook: GuidePlaybook, outcome: Outcome, url: string): Promise<void> {
    if (outcome.kind === 'sent') {
      return this.backend.objectionSent({ kind: outcome.objection, formUrl: url, confirmationText: outcome.confirmationText });
    }
    const task = playbook.task;
    if (!task) return Promise.resolve();
    return outcome.kind === 'done'
      ? this.backend.taskDone({ task, url, confirmationText: outcome.confirmationText })
      : this.backend.taskNotPossible({ task, url, reason: outcome.reason });
  }

  private armFallback(): void {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => {
      this.fallbackTimer = undefined;
      try {
        this.showFallback();
      } catch {
        // Even the fallback could not be shown (a hostile page): stay silent rather than throw.
      }
    }, this.options.fallbackMs ?? 8000);
  }

  private showFallback(): void {
    const plan = this.plan;
    if (!plan || this.finished || document.querySelector(`[${STEP_ATTRIBUTE}]`)) return;
    const expected = plan.steps.find((s) => s.directLink) ?? plan.steps[0];
    if (!expected) return;
    const href = expected.directLink ?? fallbackLink(plan.playbook.fallbacks);
    this.ui().panel.show({
      message: this.texts.notFound(expected),
      link: href ? { href, label: this.texts.directLink } : undefined,
      stopLabel: this.texts.stop,
      onStop: () => this.dismiss(),
      report: {
        label: this.texts.copyReport,
        done: this.texts.reportCopied,
        text: () => JSON.stringify(buildReport({ step: expected.id, version: this.options.version ?? '', labels: plan.context.labels }), null, 1),
      },
    });
  }

  /** A click on a marked target: a form link followed from the notice, or a task's `done` step. */
  private clicked(event: Event): void {
    const marked = (event.target as Element | null)?.closest?.(`[${STEP_ATTRIBUTE}]`);
    const step = this.plan?.steps.find((s) => s.id === marked?.getAttribute(STEP_ATTRIBUTE));
    if (!marked || !step) return;
    this.plan?.task?.clicked(step, marked);
    if (step.kind !== 'form-link') return;
    // The user opened a form from Meta's notice: remember it, whatever its id this year.
    const href = marked.closest('a[href]')?.getAttribute('href');
    if (href) void this.backend.formFollowed(new URL(href, location.href).href).catch(() => undefined);
  }

  private dismiss(): void {
    const playbook = this.plan?.playbook;
    if (!playbook) return;
    this.dismissed.add(playbook);
    this.stop();
    void this.backend.stop(playbook).catch(() => undefined);
  }

  /** Remembered rather than searched for: no document-wide query on each scan, nor at start-up. */
  private marked: Element | undefined;

  private mark(target: Element, stepId: string): void {
    if (this.marked !== target) this.unmark();
    if (target.getAttribute(STEP_ATTRIBUTE) !== stepId) target.setAttribute(STEP_ATTRIBUTE, stepId);
    this.marked = target;
  }

  private unmark(): void {
    this.marked?.removeAttribute(STEP_ATTRIBUTE);
    this.marked = undefined;
  }

  private hidePanel(): void {
    this.panelShowsOutcome = false;
    this.panel?.hide();
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

/** Two plans guide the same way: the same playbook, the same steps. */
function samePlan(a: Plan | undefined, b: Plan | undefined): boolean {
  if (!a || !b) return a === b;
  return a.playbook === b.playbook && a.steps.map((step) => step.id).join() === b.steps.map((step) => step.id).join();
}

/** The words a person sees on the target (not its icons' names), when short enough to quote. */
function pageWords(target: Element): string | undefined {
  const words = controlName(target).replace(/\s+/g, ' ').trim();
  return words && words.length <= 60 ? words : undefined;
}

/** A step chosen through a suggestion list (its `chosenIn`) whose target is a text field, not a list of its own. */
function isTypeahead(step: Step, target: Element): boolean {
  return step.chosenIn !== undefined && target instanceof HTMLInputElement;
}

/** The first of the playbook's other ways that is not this very page. */
function fallbackLink(fallbacks: readonly string[] | undefined): string | undefined {
  return fallbacks?.find((u) => new URL(u).pathname !== location.pathname) ?? fallbacks?.[0];
}
