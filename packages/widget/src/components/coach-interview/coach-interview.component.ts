import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emitCoachEvent, type CoachClientError } from '@coach/client';
import { AudioController, type VoiceSource } from '../../controllers/audio-controller.js';
import { DictationController } from '../../controllers/dictation-controller.js';
import { SessionController, type SessionListener } from '../../controllers/session-controller.js';
import type { CoachInterviewEventDetails } from '../../events/index.js';
import { describeError } from '../../internal/error-message.js';
import { formatBytes, formatScore } from '../../internal/format.js';
import { isAcceptedResume } from '../../internal/resume-file.js';
import { WIDGET_VERSION } from '../../internal/version.js';
import { formatString, resolveStrings, type CoachStrings } from '../../strings.js';
import { coachTheme } from '../../themes/coach-theme.js';
import { coachInterviewStyles } from './coach-interview.styles.js';
import { renderChoose } from './views/render-choose.js';
import { renderDsa } from './views/render-dsa.js';
import { renderInterview } from './views/render-interview.js';
import { renderQuestionsDone } from './views/render-questions-done.js';
import { renderReport } from './views/render-report.js';
import { renderUpload } from './views/render-upload.js';
import type { ViewContext } from './views/view-context.js';
import { loadDsaRound, loadReport } from '../../internal/load-late-parts.js';

/** Colour scheme of the widget. */
export type CoachTheme = 'light' | 'dark' | 'auto';

/**
 * The whole Coach candidate flow as one element: choose an interview, upload a resume,
 * answer the questions with spoken prompts and per-answer evaluations, an optional DSA
 * round in pseudocode, and a printable report. Talks to `@coach/server` over fetch; a
 * reload resumes the session. Model output is always rendered as text.
 *
 * @summary AI interview practice: resume upload, questions, DSA round and report.
 *
 * @event {CustomEvent<CoachSessionStartDetail>} coach-session-start - A resume was accepted and the interview began.
 * @event {CustomEvent<CoachQuestionShowDetail>} coach-question-show - A question is shown (also after a reload).
 * @event {CustomEvent<CoachAnswerEvaluateDetail>} coach-answer-evaluate - The server evaluated an answer.
 * @event {CustomEvent<CoachSessionCompleteDetail>} coach-session-complete - The report is ready; the detail has its id.
 * @event {CustomEvent<CoachErrorDetail>} coach-error - A request failed; the detail has the code and the message shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The top bar with the title, role, progress and mute toggle.
 * @csspart title - The widget's title in the header.
 * @csspart role - The detected role in the header.
 * @csspart mute-button - Mutes or unmutes spoken questions; its label says which (`data-muted` carries the state).
 * @csspart button - Every button (combine with a specific part to target one).
 * @csspart error - The error message box.
 * @csspart retry-button - Repeats the request that failed.
 * @csspart dismiss-button - Closes the error message.
 * @csspart loading - The indicator shown while the widget loads.
 * @csspart landing - The interview choice screen.
 * @csspart demo-list - The list of interviews.
 * @csspart demo - One interview of the list.
 * @csspart demo-button - The button that starts an interview.
 * @csspart upload - The resume upload screen.
 * @csspart dropzone - The drag-and-drop area.
 * @csspart file-button - Opens the file picker.
 * @csspart file-input - The underlying file input (visually hidden).
 * @csspart file-name - The selected file's name and size.
 * @csspart job-description - The optional job description box.
 * @csspart start-button - Uploads the resume and starts.
 * @csspart back-button - Returns to the interview choice.
 * @csspart upload-progress - Upload progress and the processing indicator.
 * @csspart interview - The question screen.
 * @csspart progress - "Question n of m" (planned questions) or "Follow-up to question n", and the question kind.
 * @csspart question-kind - The behavioral/technical badge.
 * @csspart follow-up - "Follow-up to question n" in place of the count.
 * @csspart question - The question text (focused when a question appears).
 * @csspart repeat-button - Reads the question aloud again, also while muted.
 * @csspart answer-form - The answer form.
 * @csspart answer - The answer text area.
 * @csspart submit-button - Submits the answer.
 * @csspart dictate-button - Starts or stops dictation (where the browser supports it).
 * @csspart pending - The "working" indicator of a request in flight.
 * @csspart submitted-answer - The answer as submitted, above its evaluation.
 * @csspart evaluation - The evaluation of an answer.
 * @csspart score - A score line.
 * @csspart feedback - The evaluation's feedback: a few sentences, as a coach would say them.
 * @csspart scoring - The collapsible "How this was scored" with the criteria and their points.
 * @csspart evidence - Quotes from the answer that back the score.
 * @csspart strengths - The evaluation's strengths.
 * @csspart improvements - The evaluation's improvements.
 * @csspart next-button - Moves on to the next question.
 * @csspart questions-done - The screen after the last question.
 * @csspart dsa-button - Starts the DSA round.
 * @csspart report-button - Asks for the report.
 * @csspart dsa - The DSA round screen.
 * @csspart dsa-problem - The problem statement (a safe Markdown subset, rendered as text) and examples.
 * @csspart dsa-examples - The table of example inputs and outputs.
 * @csspart dsa-languages - The choice of pseudocode, JavaScript or Python (`dsa-language` is each radio button).
 * @csspart dsa-editor - The monospace editor (also `dsa-code-editor` for real code).
 * @csspart dsa-submit-button - Submits the pseudocode or the code.
 * @csspart code-run-button - Runs the code on the examples.
 * @csspart code-summary - How many tests passed.
 * @csspart code-problem - Why the code stopped (an error, the time or memory limit).
 * @csspart code-cases - The table of tests (`code-case` is each row).
 * @csspart invitation - "Interview for …, invited by …" above the upload, for a personal link.
 * @csspart dsa-conversation - The conversation with the interviewer.
 * @csspart dsa-message - One message (also `dsa-message-candidate` or `dsa-message-interviewer`).
 * @csspart dsa-score - The DSA score so far.
 * @csspart dsa-reply - The reply text area.
 * @csspart dsa-send-button - Sends the reply.
 * @csspart dsa-done - The note that the round is over.
 * @csspart report - The report screen.
 * @csspart report-overall - The overall score.
 * @csspart report-chart - The SVG bar chart of the scores.
 * @csspart report-summary - The summary paragraph.
 * @csspart report-strengths - The strengths list.
 * @csspart report-improvements - The improvements list.
 * @csspart report-questions - The per-question list.
 * @csspart report-question - One question of the report.
 * @csspart report-dsa - The DSA part of the report.
 * @csspart report-code - The code round's line in the report: language and tests passed.
 * @csspart report-id - The report's reference.
 * @csspart print-button - Prints the report.
 * @csspart restart-button - Starts a new interview.
 *
 * @cssproperty --max-width - Maximum width of the widget. Default `48rem`.
 * @cssproperty --coach-color-background - Background. Light `#ffffff`, dark `#111827`.
 * @cssproperty --coach-color-surface - Cards and panels. Light `#f4f6f8`, dark `#1f2937`.
 * @cssproperty --coach-color-text - Body text.
 * @cssproperty --coach-color-text-muted - Secondary text (keep 4.5:1 against background and surface).
 * @cssproperty --coach-color-border - Borders of fields and cards (keep 3:1).
 * @cssproperty --coach-color-accent - Primary buttons, links, chart bars.
 * @cssproperty --coach-color-accent-hover - Primary buttons on hover.
 * @cssproperty --coach-color-on-accent - Text on the accent colour.
 * @cssproperty --coach-color-focus - Focus rings.
 * @cssproperty --coach-color-danger - Error text and borders.
 * @cssproperty --coach-color-danger-surface - Error box background.
 * @cssproperty --coach-color-success - Positive accents.
 * @cssproperty --coach-color-chart-track - The empty part of chart bars.
 * @cssproperty --coach-font-family - Text font.
 * @cssproperty --coach-font-family-mono - Pseudocode and examples font.
 * @cssproperty --coach-font-size - Base font size. Default `1rem`.
 * @cssproperty --coach-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --coach-spacing - Base spacing. Default `1rem`.
 */
export class CoachInterview extends LitElement {
  static override styles = [coachTheme, coachInterviewStyles];

  /** The package version this class comes from. */
  static readonly version: string = WIDGET_VERSION;

  private readonly session = new SessionController(this, { listener: this.createListener() });
  private readonly audio = new AudioController(this, { api: () => this.session.api, lang: () => this.effectiveLang });
  private readonly dictation = new DictationController(this);
  /** Set once the candidate clicked or typed in the widget: focus is never taken from a page that was just loaded. */
  private interacted = false;
  private focusPending = false;
  private errorFocusPending = false;
  /** `<coach-dsa-round>`: not asked for yet, on its way, or defined. */
  /** The parts loaded on first use: `<coach-dsa-round>` and `<coach-report>`. */
  private lateParts: Record<'dsaRound' | 'report', 'idle' | 'loading' | 'ready'> = { dsaRound: 'idle', report: 'idle' };
  /** Changes on every render, so `<coach-dsa-round>` renders the session's news too. */
  private tick = 0;

  @query('.coach__file-input') private fileInput!: HTMLInputElement | null;

  @state() private selectedFile: File | null = null;
  @state() private fileError: string | null = null;
  @state() private dragging = false;
  @state() private jobDescription = '';
  @state() private announcement = '';

  /** Base URL of the Coach server, e.g. `https://coach.example.com`; empty for the page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** An interview (template) id to start straight into, skipping the choice screen. */
  @property() template = '';
  /** A personal interview link's token; without it the page's `?invitation=` query parameter is used. */
  @property() invitation = '';

  /** Colour scheme: `light`, `dark`, or `auto` to follow the operating system. */
  @property({ reflect: true }) theme: CoachTheme = 'light';

  /** Language of the widget (BCP 47), used for speech, dictation and number formatting; strings come from `strings`. */
  @property() override lang = '';

  /** Where spoken questions come from: the server's voice, or the browser's `speechSynthesis`. */
  @property() voice: VoiceSource = 'server';

  /** Turns speech (spoken questions) off. */
  @property({ type: Boolean, attribute: 'no-voice' }) noVoice = false;

  /** Overrides for any UI string, e.g. translations (see `defaultStrings`). */
  @property({ attribute: false }) strings: Partial<CoachStrings> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerdown', this.markInteracted, true);
    this.addEventListener('keydown', this.markInteracted, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerdown', this.markInteracted, true);
    this.removeEventListener('keydown', this.markInteracted, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const reconfigured =
      (changed.has('apiBase') && changed.get('apiBase') !== undefined) ||
      (changed.has('template') && changed.get('template') !== undefined) ||
      (changed.has('invitation') && changed.get('invitation') !== undefined);
    if (reconfigured && this.hasUpdated) void this.session.reconfigure();
    if ((changed.has('noVoice') && this.noVoice) || (changed.has('voice') && changed.get('voice') !== undefined)) this.audio.stop();
    if (this.errorFocusPending) {
      this.errorFocusPending = false;
      this.renderRoot.querySelector<HTMLElement>('.coach__error')?.focus();
    } else if (this.focusPending) {
      this.focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }

  private get effectiveLang(): string {
    return this.lang || document.documentElement.lang || navigator.language || 'en';
  }

  private get resolvedStrings(): CoachStrings {
    return resolveStrings(this.strings);
  }

  private markInteracted = (): void => {
    this.interacted = true;
  };

  private emit<K extends keyof CoachInterviewEventDetails>(name: K, detail: CoachInterviewEventDetails[K]): void {
    emitCoachEvent(this, name, detail);
  }

  private announce(text: string): void {
    // Clearing first makes screen readers announce a text equal to the previous one.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private moveFocusSoon(): void {
    if (this.interacted) this.focusPending = true;
  }

  private createListener(): SessionListener {
    return {
      sessionStart: (detail) => {
        this.selectedFile = null;
        this.jobDescription = '';
        this.emit('coach-session-start', detail);
      },
      questionShow: (detail) => {
        const strings = this.resolvedStrings;
        this.moveFocusSoon();
        const template = detail.isFollowUp ? strings.followUpAnnouncement : strings.questionAnnouncement;
        this.announce(formatString(template, { number: detail.questionNumber, total: detail.totalQuestions, text: detail.text }));
        void this.audio.speak(detail.text);
        this.emit('coach-question-show', detail);
      },
      answerEvaluate: (detail) => {
        const strings = this.resolvedStrings;
        this.audio.stop();
        this.moveFocusSoon();
        this.announce(formatString(strings.evaluationAnnouncement, { score: formatScore(detail.score, this.effectiveLang), feedback: detail.feedback }));
        this.emit('coach-answer-evaluate', detail);
      },
      interviewerMessage: (text) => {
        this.announce(formatString(this.resolvedStrings.dsaAnnouncement, { text }));
        void this.audio.speak(text);
      },
      sessionComplete: (detail, resumed) => {
        this.announce(formatString(this.resolvedStrings.reportAnnouncement, { score: formatScore(detail.overallScore, this.effectiveLang) }));
        if (!resumed) this.emit('coach-session-complete', detail);
      },
      error: (error: CoachClientError, during) => {
        const view = describeError(error, this.resolvedStrings, during);
        if (this.interacted) this.errorFocusPending = true;
        this.emit('coach-error', { code: error.code, message: view.message, status: error.status });
      },
      phaseChange: () => {
        this.audio.stop();
        this.moveFocusSoon();
      },
    };
  }

  private selectFile(file: File | undefined | null): void {
    if (!file) return;
    if (!isAcceptedResume(file)) {
      this.selectedFile = null;
      this.fileError = this.resolvedStrings.uploadWrongType;
      return;
    }
    this.selectedFile = file;
    this.fileError = null;
  }

  private renderError(strings: CoachStrings): TemplateResult | typeof nothing {
    const error = this.session.error;
    if (!error) return nothing;
    const view = describeError(error, strings, this.session.errorDuring);
    return html`<div class="coach__error" part="error" role="alert" tabindex="-1" data-code=${error.code}>
      <h2 class="coach__error-title">${strings.errorHeading}</h2>
      <p>${view.message}</p>
      ${view.detail ? html`<p class="coach__small">${view.detail}</p>` : nothing}
      <div class="coach__actions">
        ${
          this.session.canRetry
            ? html`<button type="button" class="coach__button coach__button--primary" part="button retry-button" ?disabled=${this.session.busy !== null} @click=${() => this.session.retry()}>
              ${strings.retry}
            </button>`
            : nothing
        }
        <button type="button" class="coach__button coach__button--quiet" part="button dismiss-button" @click=${() => this.session.dismissError()}>
          ${strings.dismiss}
        </button>
      </div>
    </div>`;
  }

  private renderView(context: ViewContext): TemplateResult | typeof nothing {
    switch (this.session.phase) {
      case 'choose':
        return renderChoose(context);
      case 'upload':
        return renderUpload(context);
      case 'interview':
        return renderInterview(context);
      case 'questions-done':
        return renderQuestionsDone(context);
      case 'dsa':
        this.loadLatePart('dsaRound', loadDsaRound);
        return renderDsa(context);
      case 'report':
        this.loadLatePart('report', loadReport);
        return renderReport(context);
      case 'starting':
        return this.session.busy === 'load'
          ? html`<p class="coach__pending" part="loading" role="status"><span class="coach__spinner" aria-hidden="true"></span>${context.strings.loading}</p>`
          : nothing;
    }
  }

  private loadLatePart(name: 'dsaRound' | 'report', load: () => Promise<unknown>): void {
    if (this.lateParts[name] !== 'idle') return;
    this.lateParts[name] = 'loading';
    load().then(
      () => {
        this.lateParts[name] = 'ready';
        this.requestUpdate();
      },
      (error: unknown) => {
        this.lateParts[name] = 'idle';
        this.emit('coach-error', { code: 'NETWORK_ERROR', message: String(error), status: 0 });
      },
    );
  }

  private createViewContext(strings: CoachStrings, lang: string): ViewContext {
    return {
      strings,
      lang,
      session: this.session,
      audio: this.audio,
      dictation: this.dictation,
      selectedFile: this.selectedFile,
      fileError: this.fileError,
      dragging: this.dragging,
      jobDescription: this.jobDescription,
      formatScore: (score) => formatScore(score, lang),
      dsaRoundReady: this.lateParts.dsaRound === 'ready',
      reportReady: this.lateParts.report === 'ready',
      tick: (this.tick += 1),
      formatBytes: (bytes) => formatBytes(bytes, lang),
      onPickFile: this.handlePickFile,
      onFileChange: this.handleFileChange,
      onDragOver: this.handleDragOver,
      onDragLeave: this.handleDragLeave,
      onDrop: this.handleDrop,
      onJobDescriptionInput: this.handleJobDescriptionInput,
      onUpload: this.handleUpload,
      onAnswerInput: this.handleAnswerInput,
      onAnswerKeydown: this.handleAnswerKeydown,
      onAnswerSubmit: this.handleAnswerSubmit,
      onDictate: this.handleDictate,
      onRepeatQuestion: this.handleRepeatQuestion,
    };
  }

  private renderHeader(strings: CoachStrings): TemplateResult {
    return html`<div class="coach__header" part="header">
      <span class="coach__title" part="title">${strings.widgetLabel}</span>
      <span class="coach__header-meta">
        ${this.session.role ? html`<span class="coach__muted" part="role">${formatString(strings.sessionRole, { role: this.session.role })}</span>` : nothing}
        ${
          this.audio.enabled
            ? html`<button
              type="button"
              class="coach__button coach__button--small"
              part="button mute-button"
              data-muted=${this.audio.muted ? 'true' : 'false'}
              @click=${() => this.audio.toggleMute()}
            >
              ${this.audio.muted ? strings.unmuteButton : strings.muteButton}
            </button>`
            : nothing
        }
      </span>
    </div>`;
  }

  private handlePickFile = (): void => {
    this.fileInput?.click();
  };

  private handleFileChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.selectFile(input.files?.[0]);
    // Clearing lets the candidate pick the same file again after fixing it.
    input.value = '';
  };

  private handleDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private handleDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  private handleDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    this.interacted = true;
    this.selectFile(event.dataTransfer?.files[0]);
  };

  private handleJobDescriptionInput = (event: Event): void => {
    this.jobDescription = (event.target as HTMLTextAreaElement).value;
  };

  private handleUpload = (event: Event): void => {
    event.preventDefault();
    const file = this.selectedFile;
    if (file) void this.session.upload(file, file.name, this.jobDescription);
  };

  private handleAnswerInput = (event: Event): void => {
    this.session.setAnswerDraft((event.target as HTMLTextAreaElement).value);
    this.requestUpdate();
  };

  private handleAnswerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.session.submitAnswer();
    }
  };

  private handleAnswerSubmit = (event: Event): void => {
    event.preventDefault();
    this.dictation.stop();
    void this.session.submitAnswer();
  };

  private handleDictate = (): void => {
    if (this.dictation.listening) {
      this.dictation.stop();
      return;
    }
    this.dictation.start(this.effectiveLang, (text) => {
      const current = this.session.answerDraft;
      this.session.setAnswerDraft(current && !/\s$/.test(current) ? `${current} ${text}` : current + text);
      this.requestUpdate();
    });
  };

  private handleRepeatQuestion = (): void => {
    const question = this.session.question;
    // Asking to hear it again is explicit, so it plays even while new questions are muted.
    if (question) void this.audio.speak(question.text, { evenIfMuted: true });
  };

  /** Forgets the current session (it stays on the server) and starts over. */
  restart(): Promise<void> {
    this.selectedFile = null;
    this.fileError = null;
    this.jobDescription = '';
    return this.session.restart();
  }

  override render(): TemplateResult {
    return html`<div
      class="coach"
      part="base"
      lang=${this.effectiveLang}
      aria-busy=${this.session.busy !== null ? 'true' : 'false'}
      data-phase=${this.session.phase}
    >
      ${this.renderHeader(this.resolvedStrings)}
      <div class="coach__live" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderError(this.resolvedStrings)} ${this.renderView(this.createViewContext(this.resolvedStrings, this.effectiveLang))}
    </div>`;
  }
}
