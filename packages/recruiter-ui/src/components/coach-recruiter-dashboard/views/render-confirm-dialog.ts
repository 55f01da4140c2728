import { html, type TemplateResult } from 'lit';
import type { CoachSchemas } from '@coach/client';
import { formatString } from '../../../strings.js';
import type { PendingAction, ViewContext } from './view-context.js';

function texts(context: ViewContext, action: PendingAction, report: CoachSchemas['ReportDetails'] | null) {
  const t = context.strings;
  const values = { name: report?.candidate_name || report?.candidate_email || '', email: report?.candidate_email ?? '' };
  if (action.kind === 'delete') {
    return { title: formatString(t.confirmDeleteTitle, values), body: formatString(t.confirmDelete, values), button: t.confirmDeleteButton, danger: true };
  }
  switch (action.decision) {
    case 'Accepted': {
      const again = report?.decision_history.some((change) => change.to === 'Accepted') ?? false;
      // The details were just fetched: say what will really happen with the invite.
      const blocked = report?.invite_blocked_reason ?? null;
      const body = blocked
        ? formatString(t.confirmAcceptBlocked, { ...values, reason: blocked })
        : `${formatString(t.confirmAccept, values)}${again ? ` ${t.confirmAcceptAgain}` : ''}`;
      return { title: formatString(t.confirmAcceptTitle, values), body, button: blocked ? t.confirmAcceptBlockedButton : t.confirmAcceptButton, danger: false };
    }
    case 'Declined':
      return {
        title: formatString(t.confirmDeclineTitle, values),
        body: formatString(t.confirmDecline, values),
        button: t.confirmDeclineButton,
        danger: false,
      };
    case 'Pending':
      return {
        title: formatString(t.confirmPendingTitle, values),
        body: formatString(t.confirmPending, values),
        button: t.confirmPendingButton,
        danger: false,
      };
  }
}

/**
 * The confirmation of a decision or deletion: a modal `<dialog>` (focus is trapped, Escape
 * cancels, focus returns to the button that opened it). Cancel has the initial focus, so an
 * Enter pressed by habit changes nothing.
 */
export function renderConfirmDialog(context: ViewContext): TemplateResult {
  const action = context.pendingAction;
  const content = action ? texts(context, action, context.controller.details) : null;
  const blocked = action?.kind === 'decision' && action.decision === 'Accepted' && Boolean(context.controller.details?.invite_blocked_reason);
  return html`<dialog class="dashboard__dialog" part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-body"
    data-action=${action ? (action.kind === 'delete' ? 'delete' : action.decision.toLowerCase()) : ''} data-invite-blocked=${String(blocked)}
    @close=${(event: Event) => {
      // The close event is queued: when the dialog was opened again before it arrives (Escape,
      // then Enter on the same button), it is about the earlier opening and changes nothing.
      if (!(event.target as HTMLDialogElement).open) context.cancelAction();
    }}>
    <h2 id="dialog-title" class="dashboard__dialog-title" part="dialog-title">${content?.title ?? ''}</h2>
    <p id="dialog-body" part="dialog-body">${content?.body ?? ''}</p>
    <div class="dashboard__dialog-actions">
      <button part="button cancel-button" class="dashboard__button" type="button" autofocus @click=${() => context.cancelAction()}>${context.strings.cancel}</button>
      <button part="button confirm-button" class="dashboard__button ${content?.danger ? 'dashboard__button--danger-solid' : 'dashboard__button--primary'}" type="button"
        @click=${() => context.confirmAction()}>${content?.button ?? ''}</button>
    </div>
  </dialog>`;
}
