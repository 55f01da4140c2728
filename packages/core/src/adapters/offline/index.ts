// The built-in offline interviewer.

export { createOfflineInterviewer, OFFLINE_TASKS, type OfflineInterviewerOptions } from './offline-interviewer.js';
