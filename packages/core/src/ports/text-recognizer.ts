export interface RecognizeTextOptions {
  image: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  abortSignal?: AbortSignal;
}

/**
 * Optical character recognition, for image resumes when the language model has no vision.
 * MUST work without network access when it claims `offline: true`.
 */
export interface TextRecognizer {
  readonly specificationVersion: 'v1';
  readonly adapterId: string;
  readonly offline: boolean;
  recognize(options: RecognizeTextOptions): Promise<{ text: string; confidence: number | null }>;
  close?(): Promise<void>;
}
