// Public API of @coach/client: a typed fetch client for the Coach HTTP API.

export {
  createCoachClient,
  type CoachClient,
  type CoachClientOptions,
  type CoachHttpMethod,
  type CoachPath,
  type CoachRequestOptions,
  type CoachRouteData,
  type CoachRouteMethod,
  type CoachSchemas,
  type CoachTokenSource,
  type CoachUnauthorizedContext,
  type ListReportsQuery,
  type UploadResumeInput,
  type UploadResumeOptions,
} from './create-coach-client.js';
export type { UploadProgress } from './upload-with-progress.js';
export { CoachClientError, type CoachClientErrorCode, type CoachClientErrorOptions } from './coach-client-error.js';
export type { components, paths } from './generated/openapi.js';
export { coachErrorDetail, emitCoachEvent, type CoachErrorDetail, type CoachErrorEvent } from './dom-events.js';
