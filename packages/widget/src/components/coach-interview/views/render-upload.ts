import { html, nothing, type TemplateResult } from 'lit';
import { RESUME_ACCEPT } from '../../../internal/resume-file.js';
import { formatString } from '../../../strings.js';
import type { ViewContext } from './view-context.js';

function renderProgress(context: ViewContext): TemplateResult | typeof nothing {
  const { strings, session } = context;
  const progress = session.uploadProgress;
  if (session.busy !== 'upload' || !progress) return nothing;
  const percent = progress.stage === 'sending' && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : null;
  return html`<div class="coach__progress" part="upload-progress" role="status">
    ${
      progress.stage === 'sending'
        ? html`<progress aria-label=${strings.uploadProgressLabel} max="100" value=${percent ?? 0}></progress>
          <span>${formatString(strings.uploadSending, { percent: percent ?? 0 })}</span>`
        : html`<progress aria-label=${strings.uploadProgressLabel}></progress>
          <span>${strings.uploadProcessing}</span>`
    }
  </div>`;
}

/** The resume upload: picker or drag and drop, an optional job description, and progress. */
export function renderUpload(context: ViewContext): TemplateResult {
  const { strings, session, selectedFile } = context;
  const busy = session.busy === 'upload';
  const interview = session.selectedInterview;
  return html`<section class="coach__view" part="upload" aria-labelledby="coach-upload-heading">
    <h2 id="coach-upload-heading" class="coach__heading" tabindex="-1" data-autofocus>${strings.uploadHeading}</h2>
    ${
      session.invitationInfo
        ? html`<p class="coach__eyebrow" part="invitation">${formatString(strings.invitationFor, { title: session.invitationInfo.template_title, recruiter: session.invitationInfo.recruiter_name })}</p>`
        : interview?.title
          ? html`<p class="coach__eyebrow">${interview.title}</p>`
          : nothing
    }
    <p class="coach__muted">${strings.uploadIntro}</p>
    <form class="coach__form" @submit=${context.onUpload}>
      <div
        class="coach__dropzone ${context.dragging ? 'coach__dropzone--active' : ''}"
        part="dropzone"
        @dragenter=${context.onDragOver}
        @dragover=${context.onDragOver}
        @dragleave=${context.onDragLeave}
        @drop=${context.onDrop}
      >
        <p>${strings.uploadDropzone}</p>
        <button type="button" class="coach__button" part="button file-button" ?disabled=${busy} @click=${context.onPickFile}>
          ${strings.uploadChoose}
        </button>
        <input
          class="coach__file-input"
          part="file-input"
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept=${RESUME_ACCEPT}
          @change=${context.onFileChange}
        />
        <p class="coach__file-name" part="file-name" aria-live="polite">
          ${
            selectedFile
              ? formatString(strings.uploadSelected, { name: selectedFile.name, size: context.formatBytes(selectedFile.size) })
              : strings.uploadNoFile
          }
        </p>
        ${context.fileError ? html`<p class="coach__field-error" role="alert">${context.fileError}</p>` : nothing}
      </div>
      <label class="coach__label" for="coach-job-description">${strings.uploadJobDescription}</label>
      <textarea
        id="coach-job-description"
        class="coach__textarea coach__textarea--short"
        part="job-description"
        aria-describedby="coach-job-description-hint"
        .value=${context.jobDescription}
        ?readonly=${busy}
        @input=${context.onJobDescriptionInput}
      ></textarea>
      <p id="coach-job-description-hint" class="coach__hint">${strings.uploadJobDescriptionHint}</p>
      <div class="coach__actions">
        <button type="submit" class="coach__button coach__button--primary" part="button start-button" ?disabled=${!selectedFile || busy}>
          ${strings.uploadStart}
        </button>
        ${
          session.hasFixedTemplate
            ? nothing
            : html`<button type="button" class="coach__button coach__button--quiet" part="button back-button" ?disabled=${busy} @click=${() => session.backToChoices()}>
              ${strings.uploadBack}
            </button>`
        }
      </div>
      ${renderProgress(context)}
    </form>
  </section>`;
}
