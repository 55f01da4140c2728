declare const __COACH_RECRUITER_UI_VERSION__: string | undefined;

/** The package version, inlined at build time (`0.0.0-dev` when run from source). */
export const RECRUITER_UI_VERSION: string = typeof __COACH_RECRUITER_UI_VERSION__ === 'string' ? __COACH_RECRUITER_UI_VERSION__ : '0.0.0-dev';
