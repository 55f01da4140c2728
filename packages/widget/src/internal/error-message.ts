import { CoachClientError } from '@coach/client';
import { formatString, type CoachStrings } from '../strings.js';

/** What the widget shows for a failure: a translated sentence, plus the server's own words when they add detail. */
export interface ErrorView {
  message: string;
  detail: string | null;
}

const unreadableCodes = new Set(['UNREADABLE_FILE', 'ENCRYPTED_FILE', 'EMPTY_FILE', 'NO_TEXT_FOUND', 'TOO_MANY_PAGES', 'TEXT_TOO_LONG']);

/**
 * Maps an error to the message for the candidate, by code first and HTTP status second.
 * `during` names the failed step: a 404 while starting means the interview, not the session, is unknown.
 */
export function describeError(error: unknown, strings: CoachStrings, during: string | null = null): ErrorView {
  const apiError = CoachClientError.isInstance(error)
    ? error
    : new CoachClientError({ code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), status: -1 });
  const { code, status } = apiError;
  const serverMessage = apiError.message;
  const withDetail = (message: string): ErrorView => ({ message, detail: serverMessage && serverMessage !== message ? serverMessage : null });

  if (code === 'NETWORK_ERROR' || status === 0) return { message: strings.errorNetwork, detail: null };
  if (code === 'FILE_TOO_LARGE' || status === 413) return withDetail(strings.errorFileTooLarge);
  if (code === 'UNSUPPORTED_FILE_TYPE' || status === 415) return withDetail(strings.errorUnsupportedFileType);
  if (unreadableCodes.has(code) || status === 422) return withDetail(strings.errorUnreadableFile);
  if (status === 429 || code === 'RATE_LIMITED') {
    return {
      message: apiError.retryAfter ? formatString(strings.errorRateLimitedSeconds, { seconds: apiError.retryAfter }) : strings.errorRateLimited,
      detail: null,
    };
  }
  if (status === 501 || code === 'NOT_CONFIGURED' || code === 'UNSUPPORTED_FEATURE') return withDetail(strings.errorNotConfigured);
  if ((status === 404 || code === 'NOT_FOUND') && (during === 'upload' || during === 'load')) return withDetail(strings.errorInterviewNotFound);
  if (status === 404 || code === 'NOT_FOUND' || code === 'SESSION_EXPIRED') return withDetail(strings.errorNotFound);
  // A personal link that is used up, revoked or expired: the server's words say which.
  if (code.startsWith('INVITATION_')) return { message: serverMessage, detail: null };
  if (status === 409) return withDetail(strings.errorConflict);
  if (status >= 500 || code === 'INVALID_RESPONSE') return { message: strings.errorServer, detail: null };
  if (status === 400) return { message: formatString(strings.errorBadRequest, { message: serverMessage }), detail: null };
  return { message: formatString(strings.errorUnknown, { message: serverMessage }), detail: null };
}
