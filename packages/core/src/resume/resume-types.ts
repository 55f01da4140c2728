/** A resume as uploaded: raw bytes. The type is decided from the bytes, never from the name or declared type. */
export interface ResumeFile {
  bytes: Uint8Array;
  fileName?: string;
  /** The declared content type; informational only. */
  declaredType?: string;
}

/** A resume given as plain text (e.g. pasted), skipping file parsing. */
export interface ResumeText {
  text: string;
}

export type ResumeInput = ResumeFile | ResumeText;
