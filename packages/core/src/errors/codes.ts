/**
 * Every machine-readable error code Coach produces. The server maps each one to an HTTP
 * status in one table (`@coach/server` `http-errors.ts`); widgets show `message`.
 */
export const ERROR_CODES = [
  // ValidationError
  'VALIDATION_FAILED',
  'INVALID_CONFIG',
  'FILE_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'UNREADABLE_FILE',
  'ENCRYPTED_FILE',
  'EMPTY_FILE',
  'TOO_MANY_PAGES',
  'NO_TEXT_FOUND',
  'TEXT_TOO_LONG',
  'CODE_TOO_LONG',
  'UNSUPPORTED_LANGUAGE',
  // NotFoundError
  'NOT_FOUND',
  // ConflictError
  'CONFLICT',
  'QUESTION_ALREADY_ANSWERED',
  'INTERVIEW_ALREADY_FINISHED',
  'INTERVIEW_NOT_FINISHED',
  'DSA_NOT_STARTED',
  'DSA_ALREADY_DONE',
  'SESSION_EXPIRED',
  'DSA_NOT_IN_TEMPLATE',
  'TEMPLATE_ARCHIVED',
  'INVITATION_USED',
  'INVITATION_EXPIRED',
  // PermissionError
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  // ProviderError
  'PROVIDER_ERROR',
  'PROVIDER_TIMEOUT',
  'PROVIDER_RATE_LIMITED',
  'PROVIDER_REFUSED',
  'INVALID_MODEL_OUTPUT',
  'MAIL_FAILED',
  // StorageError
  'STORAGE_ERROR',
  // UnsupportedFeatureError
  'UNSUPPORTED_FEATURE',
  'NOT_CONFIGURED',
] as const;

/** A machine-readable Coach error code. */
export type CoachErrorCode = (typeof ERROR_CODES)[number];
