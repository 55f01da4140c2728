export interface SynthesizeOptions {
  /** Plain text, already length-capped by the service. */
  text: string;
  abortSignal?: AbortSignal;
}

export interface SynthesizeResult {
  audio: Uint8Array;
  /** `audio/mpeg` or `audio/wav`. */
  contentType: string;
  warnings: { type: 'unsupported' | 'other'; feature?: string; details: string }[];
}

/**
 * The speech port: text in, audio out. MUST throw `ProviderError` on failure (retryable for
 * 408/409/429/5xx and timeouts) and honour `abortSignal`.
 */
export interface SpeechModel {
  readonly specificationVersion: 'v1';
  /** e.g. `elevenlabs`, `offline`. */
  readonly provider: string;
  /** The voice, e.g. an ElevenLabs voice id or `en-us`; part of the cache key. */
  readonly voiceId: string;
  synthesize(options: SynthesizeOptions): Promise<SynthesizeResult>;
}
