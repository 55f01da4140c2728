import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CoachClientError, type CoachClient } from '@coach/client';
import { preferenceStorage, type SafeStorage } from '../internal/safe-storage.js';

/** Where spoken questions come from. */
export type VoiceSource = 'server' | 'browser';

/** The host element's inputs the controller reads. */
export interface AudioHost extends ReactiveControllerHost {
  voice: VoiceSource;
  noVoice: boolean;
}

export interface AudioControllerOptions {
  /** The API client, read at each use because `api-base` can change. */
  api: () => CoachClient;
  /** BCP 47 language for the browser's voice. */
  lang: () => string;
  /** @default localStorage, never throwing */
  storage?: SafeStorage;
}

/** The localStorage key of the mute preference, shared by every widget on the origin. */
export const MUTE_STORAGE_KEY = 'coach-interview:muted';

/**
 * Reads questions aloud: the server's voice (`POST /api/text-to-speech/`) by default, the
 * browser's `speechSynthesis` with `voice="browser"` or once the server answers 501 (no
 * speech provider). Muting is remembered in localStorage; `no-voice` turns speech off.
 */
export class AudioController implements ReactiveController {
  /** Whether the candidate muted the questions. */
  muted: boolean;
  /** Set after a 501, so the server is not asked again in this page. */
  serverUnavailable = false;

  private readonly host: AudioHost;
  private readonly options: AudioControllerOptions;
  private readonly storage: SafeStorage;
  private audio: HTMLAudioElement | null = null;
  private objectUrl: string | null = null;
  private request: AbortController | null = null;

  constructor(host: AudioHost, options: AudioControllerOptions) {
    this.host = host;
    this.options = options;
    this.storage = options.storage ?? preferenceStorage;
    this.muted = this.storage.get(MUTE_STORAGE_KEY) === 'true';
    host.addController(this);
  }

  hostConnected(): void {
    this.muted = this.storage.get(MUTE_STORAGE_KEY) === 'true';
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Whether speech is on for this element (`no-voice` not set). */
  get enabled(): boolean {
    return !this.host.noVoice;
  }

  /** Whether the browser can speak by itself. */
  get browserVoiceAvailable(): boolean {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function';
  }

  toggleMute(): void {
    this.muted = !this.muted;
    this.storage.set(MUTE_STORAGE_KEY, String(this.muted));
    if (this.muted) this.stop();
    this.host.requestUpdate();
  }

  /** Stops what is playing and any request for audio. */
  stop(): void {
    this.request?.abort();
    this.request = null;
    if (this.audio) {
      this.audio.pause();
      this.audio.removeAttribute('src');
      this.audio = null;
    }
    if (this.objectUrl) {
      URL.revokeObjectURL(this.objectUrl);
      this.objectUrl = null;
    }
    if (this.browserVoiceAvailable) speechSynthesis.cancel();
  }

  /** Reads a text aloud, replacing whatever was being read. Speech failures never interrupt the interview. */
  async speak(text: string, options: { evenIfMuted?: boolean } = {}): Promise<void> {
    this.stop();
    if (!this.enabled || (this.muted && !options.evenIfMuted) || !text.trim()) return;
    if (this.host.voice === 'browser' || this.serverUnavailable) {
      this.speakWithBrowser(text);
      return;
    }
    const request = new AbortController();
    this.request = request;
    try {
      const audio = await this.options.api().textToSpeech({ text }, { signal: request.signal });
      if (request.signal.aborted) return;
      this.objectUrl = URL.createObjectURL(audio);
      this.audio = new Audio(this.objectUrl);
      // Autoplay rules can refuse playback before the first user gesture; the text is on screen anyway.
      await this.audio.play().catch(() => undefined);
    } catch (error) {
      if (request.signal.aborted) return;
      if (CoachClientError.isInstance(error) && (error.status === 501 || error.code === 'NOT_CONFIGURED')) this.serverUnavailable = true;
      this.speakWithBrowser(text);
    } finally {
      if (this.request === request) this.request = null;
    }
  }

  private speakWithBrowser(text: string): void {
    if (!this.browserVoiceAvailable) return;
    const utterance = new SpeechSynthesisUtterance(text);
    const lang = this.options.lang();
    if (lang) utterance.lang = lang;
    speechSynthesis.speak(utterance);
  }
}
