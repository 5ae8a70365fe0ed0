import { ATTRIBUTES, FORM_STEP_KINDS, type ObjectionKind } from '../domain';
import type { Language } from '../languages';
import type { LabelLists } from '../playbooks/label-lists';
import type { FormRule, Playbook, Step } from '../playbooks/schema';
import type { GuideContext } from '../state/messages';
import { findConfirmation } from '../page/confirmation';
import { controlName } from '../page/own-words';
import { pageLanguage } from '../page/language';
import { setControlledValue } from '../page/react-input';
import { pathLength, pickCurrentStep, stepsForUrl, urlMatches } from './current-step';
import { findTarget } from './find-target';
import { FallbackPanel } from './fallback-panel';
import { Highlight } from './highlight';
import { buildReport } from './report';
import { createOverlay, type Overlay } from './overlay';
import { LazyWatcher } from './watch';

const STEP_ATTRIBUTE = ATTRIBUTES.step;
const PREFILLED_ATTRIBUTE = ATTRIBUTES.prefilled;

/** The words the guide shows, in the user's language (the content script wires i18n in). */
export interface GuideTexts {
  /** `pageWords`: the target's own words on Meta's page, which may be in another language than the UI. */
  instruction(step: Step, pageWords: string | undefined): string;
  counter(step: number, total: number): string;
  notFound(step: Step): string;
  directLink: string;
  stop: string;
  sent: string;
  close: string;
  copyReport: string;
  reportCopied: string;
}

/** What the guide asks of and tells the background. */
export interface GuideBackend {
  /**
   * What the guide needs to know for this page. `pageLang`: the page's language if it says
   * (picks Meta's words to match); `form`: the kind of form this page is, if one (picks the reason).
   */
  context(pageLang: Language | null, form: FormRule['kind'] | null): Promise<GuideContext>;
  objectionSent(sent: { kind: ObjectionKind; formUrl: string; confirmationText: string }): Promise<void>;
  formFollowed(url: string): Promise<void>;
  stopGuide(): Promise<void>;
}

export interface GuideOptions {
  /** How long a step's target may stay missing before the fallback panel offers the way round. */
  fallbackMs?: number;
  /** Opposer's version, written into a copied report. */
  version?: string;
}

/**
 * Runs the guide on one tab: works out the current step from the URL and the page, marks its
 * target, keeps the highlight on it, prefills the form and records the confirmation. Sleeps
 * (no observer, nothing running) on pages where there is nothing to do.
 */
export class Guide {
  private url: URL | undefined;
  private generation = 0;
  private steps: Step[] = [];
  private form: FormRule | undefined;
  private context: GuideContext | undefined;
  private overlay: Overlay | undefined;
  private highlight: Highlight | undefined;
  private panel: FallbackPanel | undefined;
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  private dismissed = false;
  private formSeen = false;
  private prefilledText: string | undefined;
  private confirmed = false;
  private readonly watcher = new LazyWatcher(() => this.scan());
  private readonly onInput = () => this.watcher.schedule();
  private readonly onClick = (event: Event) => this.noticeFollowed(event);

  constructor(
    private playbook: Playbook,
    private texts: GuideTexts,
    private backend: GuideBackend,
    private options: GuideOptions = {},
  ) {}

  /** Call on start and after every same-document navigation. */
  async onLocation(): Promise<void> {
    const url = new URL(location.href);
    if (this.url?.href === url.href) return;
    this.url = url;
    const generation = ++this.generation;
    this.sleep();
    this.formSeen = false;
    this.prefilledText = undefined;
    this.confirmed = false;
    // The one cheap check: is this URL on the path at all?
    if (!this.playbook.steps.some((s) => urlMatches(s.pages, url))) return;
    let context: GuideContext;
    try {
      const formKind = this.playbook.forms.find((f) => urlMatches(f.pages, url))?.kind ?? null;
      context = await this.backend.context(pageLanguage() ?? null, formKind);
    } catch {
      return; // The extension was reloaded or the background is unreachable: stay quiet.
    }
    if (generation !== this.generation || this.dismissed) return;
    this.context = context;
    this.form = this.playbook.forms.find(
      (f) => urlMatches(f.pages, url) && (!f.onlyFromNotice || sameForm(context.followedFormUrl, url)),
    );
    const showSteps = context.sessionRunning || !context.accountDone;
    this.steps = showSteps
      ? stepsForUrl(this.playbook, url, context.sessionRunning).filter((s) => this.form || !isFormStep(s))
      : [];
    if (this.steps.length === 0 && !this.form) return;
    this.wake();
  }

  /** Ends guiding on this tab. */
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
    if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
    this.fallbackTimer = undefined;
    this.unmark();
    this.highlight?.hide();
    this.panel?.hide();
  }

  private scan(): void {
    try {
      if (location.href !== this.url?.href) {
        void this.onLocation();
        return;
      }
      if (this.form) this.handleForm(this.form);
      if (this.confirmed) return;
      const current = pickCurrentStep(this.playbook, this.steps, this.labels());
      if (!current) {
        this.unmark();
        this.highlight?.hide();
        return;
      }
      this.mark(current.target, current.step.id);
      this.panel?.hide();
      this.ui().highlight.show(current.target, {
        counter: this.texts.counter(current.number, pathLength(this.playbook, current.step)),
        instruction: this.texts.instruction(current.step, pageWords(current.target)),
        stopLabel: this.texts.stop,
        onStop: () => this.dismiss(),
      });
    } catch {
      // A hostile or unexpected page must never see the guide throw: the fallback takes over.
    }
  }

  private handleForm(form: FormRule): void {
    const field = findTarget(form.reasonField, this.labels());
    const reason = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field : undefined;
    if (reason) {
      this.formSeen = true;
      const template = this.context?.reasonTemplate;
      if (this.prefilledText === undefined && template && reason.value.trim() === '') {
        this.prefilledText = template;
        setControlledValue(reason, this.prefilledText);
      }
      // The page may re-create the field: the mark follows the value the extension filled.
      if (this.prefilledText !== undefined && reason.value === this.prefilledText) {
        reason.setAttribute(PREFILLED_ATTRIBUTE, 'true');
      }
      return;
    }
    if (!this.formSeen || this.confirmed) return;
    const confirmation = findConfirmation(form.confirmation, this.labels());
    if (!confirmation) return;
    this.confirmed = true;
    this.sleep();
    void this.backend
      .objectionSent({ kind: form.kind, formUrl: this.url!.href, confirmationText: confirmation })
      .catch(() => undefined);
    this.ui().panel.show({ message: this.texts.sent, stopLabel: this.texts.close, onStop: () => this.panel?.hide() });
  }

  private armFallback(): void {
    if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
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
    if (this.confirmed || document.querySelector(`[${STEP_ATTRIBUTE}]`)) return;
    const expected = this.steps.find((s) => s.directLink) ?? this.steps[0];
    if (!expected) return;
    this.ui().panel.show({
      message: this.texts.notFound(expected),
      link: expected.directLink ? { href: expected.directLink, label: this.texts.directLink } : undefined,
      stopLabel: this.texts.stop,
      onStop: () => this.dismiss(),
      report: {
        label: this.texts.copyReport,
        done: this.texts.reportCopied,
        text: () => JSON.stringify(buildReport({ step: expected.id, version: this.options.version ?? '', labels: this.labels() }), null, 1),
      },
    });
  }

  /** The user opened a form from Meta's notice: remember it, whatever its id this year. */
  private noticeFollowed(event: Event): void {
    const marked = (event.target as Element | null)?.closest?.(`[${STEP_ATTRIBUTE}]`);
    const step = this.steps.find((s) => s.id === marked?.getAttribute(STEP_ATTRIBUTE));
    if (step?.kind !== 'form-link') return;
    const href = marked?.closest('a[href]')?.getAttribute('href');
    if (href) void this.backend.formFollowed(new URL(href, location.href).href).catch(() => undefined);
  }

  private dismiss(): void {
    this.dismissed = true;
    this.stop();
    void this.backend.stopGuide().catch(() => undefined);
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

  private labels(): LabelLists {
    return this.context?.labels ?? {};
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

/** The words a person sees on the target (not its icons' names), when short enough to quote. */
function pageWords(target: Element): string | undefined {
  const words = controlName(target).replace(/\s+/g, ' ').trim();
  return words && words.length <= 60 ? words : undefined;
}

function isFormStep(step: Step): boolean {
  return FORM_STEP_KINDS.includes(step.kind);
}

function sameForm(followed: string | null, url: URL): boolean {
  if (!followed) return false;
  try {
    const f = new URL(followed);
    return f.hostname === url.hostname && f.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

