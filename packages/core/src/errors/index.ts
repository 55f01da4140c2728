export { ERROR_CODES, type CoachErrorCode } from './codes.js';
export { CoachError, type CoachErrorOptions } from './coach-error.js';
export { ValidationError, type ValidationIssue } from './validation-error.js';
export { NotFoundError } from './not-found-error.js';
export { ConflictError } from './conflict-error.js';
export { PermissionError } from './permission-error.js';
export { ProviderError, isRetryableStatus } from './provider-error.js';
export { StorageError } from './storage-error.js';
export { UnsupportedFeatureError } from './unsupported-feature-error.js';
