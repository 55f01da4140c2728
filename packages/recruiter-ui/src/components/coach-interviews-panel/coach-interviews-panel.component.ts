import type { CoachClient, CoachSchemas } from '@coach/client';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createTokenSource } from '../../api/token-source.js';
import { PanelRequests } from '../../internal/panel-requests.js';
import { coachTheme } from '@coach/widget/themes';
import { coachWebhooksPanelStyles } from '../coach-webhooks-panel/coach-webhooks-panel.styles.js';

type Template = CoachSchemas['Template'];
type Invitation = CoachSchemas['Invitation'];
type Question = { text: string; kind: 'behavioral' | 'technical'; key_points: string[] };
type Draft = {
  id: string | null;
  version: number;
  title: string;
  description: string;
  role: string;
  level: 'junior' | 'mid' | 'senior' | 'lead';
  job_description: string;
  questions: Question[];
  question_count: number;
  follow_ups: boolean;
  dsa_enabled: boolean;
  difficulty: 'easy' | 'medium' | 'hard' | 'auto';
  published: boolean;
};

/** Every text the panel shows, in English; a host translates any of them through `strings`. */
export const defaultInterviewsStrings = {
  newInterview: 'New interview',
  editInterview: 'Edit interview',
  title: 'Title',
  description: 'Description',
  role: 'Role (job title)',
  level: 'Level',
  jobDescription: 'Job description (optional)',
  fixedQuestions: 'Fixed questions (asked first, in this order)',
  addQuestion: 'Add question',
  removeQuestion: 'Remove',
  keyPoints: 'Key points (comma-separated)',
  questionCount: 'Questions in total (fixed plus generated)',
  followUps: 'Follow-up questions on thin answers',
  dsa: 'Coding round',
  difficulty: 'Difficulty',
  published: 'Published (offered in the demos)',
  save: 'Save',
  cancel: 'Cancel',
  interviews: 'Interviews',
  starter: 'starter',
  draft: 'draft',
  live: 'published',
  edit: 'Edit',
  publish: 'Publish',
  unpublish: 'Unpublish',
  archive: 'Archive',
  confirmArchive: 'Archive for good',
  newLink: 'New interview link',
  interview: 'Interview',
  candidateName: 'Candidate name',
  candidateEmail: 'Candidate email',
  expires: 'Expires on (optional)',
  sendEmail: 'Email the link to the candidate',
  createLink: 'Create link',
  emailStatus: 'email {status}',
  link: 'Link for {name}',
  copy: 'Copy',
  copied: 'Copied',
  invitations: 'Invitations',
  noInvitations: 'No interview links yet.',
  revoke: 'Revoke',
  loading: 'Loading…',
};

/** The panel's texts. */
export type InterviewsStrings = typeof defaultInterviewsStrings;

const LEVELS = ['junior', 'mid', 'senior', 'lead'] as const;
const DIFFICULTIES = ['auto', 'easy', 'medium', 'hard'] as const;

/**
 * The hiring site's own interviews and the personal links that send candidates to them. With
 * `view="interviews"`: create, edit, publish and archive templates (fixed questions in an
 * editable list, the coding round's settings). With `view="invitations"`: make a link for one
 * candidate (with a copy button), see each link's status and revoke it. Talks to the Coach server
 * through `@coach/client` with a recruiter token, like the dashboard it sits in.
 *
 * @summary Interview templates and invitations.
 *
 * @event {CustomEvent<CoachErrorDetail>} coach-error - A request failed; the detail has the code and the message shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart template-form - The form that creates or edits an interview.
 * @csspart question - One fixed question in the form.
 * @csspart add-question-button - Adds a fixed question.
 * @csspart save-button - Saves the interview.
 * @csspart template - One interview in the list (with `data-template-id`).
 * @csspart edit-button - Edits an interview.
 * @csspart publish-button - Publishes or unpublishes an interview.
 * @csspart archive-button - Archives an interview (asks once more).
 * @csspart invitation-form - The form that makes a link.
 * @csspart link - The new link, with its copy button.
 * @csspart copy-button - Copies the link.
 * @csspart invitation - One invitation (with `data-status`).
 * @csspart invitation-email - The status of the email that sent the link (`data-email-status`; the last error as its title).
 * @csspart send-email - The checkbox that emails the new link to the candidate.
 * @csspart revoke-button - Revokes an invitation.
 * @csspart error - The error message.
 */
export class CoachInterviewsPanel extends LitElement {
  static override styles = [coachTheme, coachWebhooksPanelStyles];

  private readonly tokens = createTokenSource({ token: () => this.token, getToken: () => this.getToken });
  private readonly requests = new PanelRequests({
    host: this,
    apiBase: () => this.apiBase,
    tokens: this.tokens,
    onState: (busy, error) => {
      this.busy = busy;
      this.error = error;
    },
  });

  @state() private templates: Template[] = [];
  @state() private invitations: Invitation[] = [];
  @state() private loaded = false;
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private draft: Draft = emptyDraft();
  @state() private confirmArchiveId: string | null = null;
  @state() private link: { name: string; url: string; copied: boolean } | null = null;
  /** The interview picked for a new link, kept so that a reload of the list does not change the choice. */
  @state() private inviteTemplateId = '';

  /** Which of the two views to show. */
  @property({ reflect: true }) view: 'interviews' | 'invitations' = 'interviews';

  /** Origin of the Coach server. Default: this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A short-lived recruiter token from `POST /api/recruiter-tokens/`. */
  @property({ attribute: false }) token: string | null = null;

  /** Called for a token when none is set, and again when the server answers 401. */
  @property({ attribute: false }) getToken: (() => string | null | Promise<string | null>) | null = null;

  /** Translations of any of the panel's texts. */
  @property({ attribute: false }) strings: Partial<InterviewsStrings> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = changed.has('token') || changed.has('getToken') || changed.has('apiBase') || changed.has('view');
    if (inputs && this.tokens.available && !this.busy) void this.load();
  }

  private get text(): InterviewsStrings {
    return { ...defaultInterviewsStrings, ...this.strings };
  }

  private run<T>(work: (client: CoachClient) => Promise<T>): Promise<T | undefined> {
    return this.requests.run(work);
  }

  private async load(): Promise<void> {
    const loaded = await this.run(async (client) => {
      const templates = await client.GET('/api/templates/');
      const invitations = this.view === 'invitations' ? await client.GET('/api/invitations/') : null;
      return { templates: templates.templates, invitations: invitations?.invitations ?? this.invitations };
    });
    if (!loaded) return;
    this.templates = loaded.templates;
    this.invitations = loaded.invitations;
    this.loaded = true;
  }

  /** Reloads the interviews and the invitations. */
  async refresh(): Promise<void> {
    await this.load();
  }

  private replaceTemplate(updated: Template): void {
    const known = this.templates.some((each) => each.id === updated.id);
    this.templates = known ? this.templates.map((each) => (each.id === updated.id ? updated : each)) : [...this.templates, updated];
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const d = this.draft;
    const body = {
      title: d.title.trim(),
      description: d.description.trim(),
      role: d.role.trim(),
      level: d.level,
      job_description: d.job_description.trim() || null,
      questions: d.questions.map((question) => ({ text: question.text.trim(), kind: question.kind, key_points: question.key_points })),
      question_count: d.question_count,
      follow_ups: d.follow_ups,
      dsa: { enabled: d.dsa_enabled, difficulty: d.difficulty },
      published: d.published,
    };
    const saved = await this.run((client) =>
      d.id === null
        ? client.POST('/api/templates/', { body })
        : client.PATCH('/api/templates/{id}/', { params: { path: { id: d.id } }, body: { ...body, version: d.version } }),
    );
    if (!saved) return;
    this.replaceTemplate(saved);
    this.draft = emptyDraft();
  }

  private edit(template: Template): void {
    this.draft = {
      id: template.id,
      version: template.version,
      title: template.title,
      description: template.description,
      role: template.role,
      level: template.level ?? 'mid',
      job_description: template.job_description ?? '',
      questions: template.questions.map((question) => ({ ...question, key_points: [...question.key_points] })),
      question_count: template.question_count,
      follow_ups: template.follow_ups,
      dsa_enabled: template.dsa.enabled,
      difficulty: template.dsa.difficulty,
      published: template.published,
    };
  }

  private async togglePublished(template: Template): Promise<void> {
    const updated = await this.run((client) =>
      client.PATCH('/api/templates/{id}/', { params: { path: { id: template.id } }, body: { version: template.version, published: !template.published } }),
    );
    if (updated) this.replaceTemplate(updated);
  }

  private async archive(template: Template): Promise<void> {
    if (this.confirmArchiveId !== template.id) {
      this.confirmArchiveId = template.id;
      return;
    }
    this.confirmArchiveId = null;
    const archived = await this.run((client) => client.DELETE('/api/templates/{id}/', { params: { path: { id: template.id } } }));
    if (archived) this.templates = this.templates.filter((each) => each.id !== template.id);
  }

  private async invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const expires = String(data.get('expires') ?? '');
    const name = String(data.get('name') ?? '').trim();
    const created = await this.run((client) =>
      client.POST('/api/invitations/', {
        body: {
          template_id: String(data.get('template') ?? ''),
          candidate_name: name,
          candidate_email: String(data.get('email') ?? '').trim(),
          // A date picked in the form means "through that day".
          ...(expires ? { expires_at: new Date(`${expires}T23:59:59`).toISOString() } : {}),
          ...(data.get('send_email') ? { send_email: true } : {}),
        },
      }),
    );
    if (!created) return;
    const { token: _token, url, ...invitation } = created;
    this.link = { name, url, copied: false };
    this.invitations = [invitation, ...this.invitations];
    form.reset();
  }

  private async copyLink(): Promise<void> {
    if (!this.link) return;
    try {
      await navigator.clipboard.writeText(this.link.url);
      this.link = { ...this.link, copied: true };
    } catch {
      // Without clipboard access the link stays on screen to be copied by hand.
    }
  }

  private async revoke(invitation: Invitation): Promise<void> {
    const revoked = await this.run((client) => client.DELETE('/api/invitations/{id}/', { params: { path: { id: invitation.id } } }));
    if (revoked) this.invitations = this.invitations.map((each) => (each.id === revoked.id ? revoked : each));
  }

  private patchDraft(changes: Partial<Draft>): void {
    this.draft = { ...this.draft, ...changes };
  }

  private patchQuestion(index: number, changes: Partial<Question>): void {
    this.patchDraft({ questions: this.draft.questions.map((question, at) => (at === index ? { ...question, ...changes } : question)) });
  }

  private renderTemplateForm(t: InterviewsStrings): TemplateResult {
    const d = this.draft;
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    const checked = (event: Event) => (event.target as HTMLInputElement).checked;
    return html`<form class="section" part="template-form" @submit=${(event: SubmitEvent) => void this.save(event)}>
      <h3>${d.id === null ? t.newInterview : t.editInterview}</h3>
      <label>${t.title}<input name="title" required maxlength="120" .value=${live(d.title)} @input=${(e: Event) => this.patchDraft({ title: value(e) })} /></label>
      <label>${t.description}<input name="description" maxlength="2000" .value=${live(d.description)} @input=${(e: Event) => this.patchDraft({ description: value(e) })} /></label>
      <label>${t.role}<input name="role" required maxlength="120" .value=${live(d.role)} @input=${(e: Event) => this.patchDraft({ role: value(e) })} /></label>
      <label>${t.level}<select name="level" @change=${(e: Event) => this.patchDraft({ level: value(e) as Draft['level'] })}>
        ${LEVELS.map((level) => html`<option value=${level} ?selected=${d.level === level}>${level}</option>`)}</select></label>
      <label>${t.jobDescription}<textarea name="job_description" rows="3" .value=${live(d.job_description)}
        @input=${(e: Event) => this.patchDraft({ job_description: value(e) })}></textarea></label>
      <fieldset><legend>${t.fixedQuestions}</legend>
        <ol>${d.questions.map(
          (question, index) => html`<li part="question">
            <textarea name="question" rows="2" minlength="10" maxlength="500" required .value=${live(question.text)}
              @input=${(e: Event) => this.patchQuestion(index, { text: value(e) })}></textarea>
            <select name="kind" @change=${(e: Event) => this.patchQuestion(index, { kind: value(e) as Question['kind'] })}>
              <option value="behavioral" ?selected=${question.kind === 'behavioral'}>behavioral</option>
              <option value="technical" ?selected=${question.kind === 'technical'}>technical</option></select>
            <input name="key_points" aria-label=${t.keyPoints} placeholder=${t.keyPoints} .value=${live(question.key_points.join(', '))}
              @change=${(e: Event) =>
                this.patchQuestion(index, {
                  key_points: value(e)
                    .split(',')
                    .map((point) => point.trim())
                    .filter(Boolean),
                })} />
            <button part="button remove-question-button" type="button"
              @click=${() => this.patchDraft({ questions: d.questions.filter((_, at) => at !== index) })}>${t.removeQuestion}</button>
          </li>`,
        )}</ol>
        <button part="button add-question-button" type="button" ?disabled=${d.questions.length >= 20}
          @click=${() => this.patchDraft({ questions: [...d.questions, { text: '', kind: 'technical', key_points: [] }], question_count: Math.max(d.question_count, d.questions.length + 1) })}
          >${t.addQuestion}</button>
      </fieldset>
      <label>${t.questionCount}<input name="question_count" type="number" min=${Math.max(1, d.questions.length)} max="30" required .value=${live(String(d.question_count))}
        @input=${(e: Event) => this.patchDraft({ question_count: Number(value(e)) })} /></label>
      <label><input name="follow_ups" type="checkbox" .checked=${live(d.follow_ups)} @change=${(e: Event) => this.patchDraft({ follow_ups: checked(e) })} /> ${t.followUps}</label>
      <label><input name="dsa" type="checkbox" .checked=${live(d.dsa_enabled)} @change=${(e: Event) => this.patchDraft({ dsa_enabled: checked(e) })} /> ${t.dsa}</label>
      <label>${t.difficulty}<select name="difficulty" ?disabled=${!d.dsa_enabled} @change=${(e: Event) => this.patchDraft({ difficulty: value(e) as Draft['difficulty'] })}>
        ${DIFFICULTIES.map((difficulty) => html`<option value=${difficulty} ?selected=${d.difficulty === difficulty}>${difficulty}</option>`)}</select></label>
      <label><input name="published" type="checkbox" .checked=${live(d.published)} @change=${(e: Event) => this.patchDraft({ published: checked(e) })} /> ${t.published}</label>
      <button part="button save-button" class="primary" type="submit" ?disabled=${this.busy}>${t.save}</button>
      ${d.id === null ? nothing : html`<button part="button cancel-button" type="button" @click=${() => (this.draft = emptyDraft())}>${t.cancel}</button>`}
    </form>`;
  }

  private renderTemplate(t: InterviewsStrings, template: Template): TemplateResult {
    const state = template.starter ? t.starter : template.published ? t.live : t.draft;
    return html`<li part="template" data-template-id=${template.id} data-published=${String(template.published)}>
      <span class="url">${template.title} <span class="muted">— ${state}, v${template.version}, ${template.question_count} questions</span></span>
      ${
        template.starter
          ? nothing
          : html`<button part="button edit-button" type="button" ?disabled=${this.busy} @click=${() => this.edit(template)}>${t.edit}</button>
            <button part="button publish-button" type="button" ?disabled=${this.busy} @click=${() => void this.togglePublished(template)}
              >${template.published ? t.unpublish : t.publish}</button>`
      }
      <button part="button archive-button" type="button" ?disabled=${this.busy} @click=${() => void this.archive(template)}
        >${this.confirmArchiveId === template.id ? t.confirmArchive : t.archive}</button>
    </li>`;
  }

  private renderInvitationForm(t: InterviewsStrings): TemplateResult {
    return html`<form class="section" part="invitation-form" @submit=${(event: SubmitEvent) => void this.invite(event)}>
      <h3>${t.newLink}</h3>
      <label>${t.interview}<select name="template" required @change=${(event: Event) => (this.inviteTemplateId = (event.target as HTMLSelectElement).value)}>
        ${this.templates.map((template) => html`<option value=${template.id} ?selected=${template.id === this.inviteTemplateId}>${template.title}</option>`)}</select></label>
      <label>${t.candidateName}<input name="name" required maxlength="200" autocomplete="off" /></label>
      <label>${t.candidateEmail}<input name="email" type="email" required maxlength="254" autocomplete="off" /></label>
      <label>${t.expires}<input name="expires" type="date" /></label>
      <label><input name="send_email" type="checkbox" part="send-email" /> ${t.sendEmail}</label>
      <button part="button invite-button" class="primary" type="submit" ?disabled=${this.busy}>${t.createLink}</button>
    </form>
    ${
      this.link
        ? html`<div class="section" part="link" role="status">
          <h3>${t.link.replace('{name}', this.link.name)}</h3>
          <p><code>${this.link.url}</code>
            <button part="button copy-button" type="button" @click=${() => void this.copyLink()}>${this.link.copied ? t.copied : t.copy}</button></p>
        </div>`
        : nothing
    }`;
  }

  private renderInvitation(t: InterviewsStrings, invitation: Invitation): TemplateResult {
    const title = this.templates.find((template) => template.id === invitation.template_id)?.title ?? invitation.template_id;
    const open = invitation.status !== 'completed' && invitation.status !== 'revoked';
    return html`<li part="invitation" data-status=${invitation.status} data-invitation-id=${invitation.id}>
      <span class="url">${invitation.candidate_name} <span class="muted">&lt;${invitation.candidate_email}&gt; — ${title}</span></span>
      <span data-status=${invitation.status}>${invitation.status}</span>
      ${
        invitation.email
          ? html`<span part="invitation-email" data-email-status=${invitation.email.status} title=${invitation.email.last_error ?? ''}
              >${t.emailStatus.replace('{status}', invitation.email.status)}</span>`
          : nothing
      }
      ${open ? html`<button part="button revoke-button" type="button" ?disabled=${this.busy} @click=${() => void this.revoke(invitation)}>${t.revoke}</button>` : nothing}
    </li>`;
  }

  override render(): TemplateResult {
    const t = this.text;
    const loading = !this.loaded ? html`<p class="muted">${t.loading}</p>` : nothing;
    const body =
      this.view === 'invitations'
        ? html`${this.renderInvitationForm(t)}
            <section class="section"><h3>${t.invitations}</h3>${loading}
              ${this.loaded && this.invitations.length === 0 ? html`<p class="muted">${t.noInvitations}</p>` : nothing}
              <ul>${this.invitations.map((invitation) => this.renderInvitation(t, invitation))}</ul></section>`
        : html`${this.renderTemplateForm(t)}
            <section class="section"><h3>${t.interviews}</h3>${loading}
              <ul>${this.templates.map((template) => this.renderTemplate(t, template))}</ul></section>`;
    return html`<div part="base" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.error ? html`<p class="error" part="error" role="alert">${this.error}</p>` : nothing}
      ${body}
    </div>`;
  }
}

function emptyDraft(): Draft {
  return {
    id: null,
    version: 1,
    title: '',
    description: '',
    role: '',
    level: 'mid',
    job_description: '',
    questions: [],
    question_count: 5,
    follow_ups: true,
    dsa_enabled: true,
    difficulty: 'auto',
    published: false,
  };
}
