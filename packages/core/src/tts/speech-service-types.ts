export interface SpeechResult {
  audio: Uint8Array;
  contentType: string;
  /** Whether the audio came from the cache. */
  cached: boolean;
}

/** Text-to-speech with a cache keyed by provider, voice and text. */
export interface SpeechService {
  /** Throws `UnsupportedFeatureError` (`NOT_CONFIGURED`) with no speech model; `ValidationError` for empty or too long text. */
  synthesize(options: { text: string; abortSignal?: AbortSignal }): Promise<SpeechResult>;
}
