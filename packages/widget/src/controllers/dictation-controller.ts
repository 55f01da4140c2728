import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of the Web Speech API's recognition the widget uses. */
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  start(): void;
  stop(): void;
  abort(): void;
}

interface RecognitionResultEvent extends Event {
  resultIndex: number;
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  const scope = globalThis as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

/**
 * Dictation into the answer box where the browser has `SpeechRecognition` (or the
 * `webkit`-prefixed one): each final phrase is handed to `onText`.
 */
export class DictationController implements ReactiveController {
  listening = false;
  private readonly host: ReactiveControllerHost;
  private recognition: Recognition | null = null;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Whether this browser can dictate. */
  get supported(): boolean {
    return recognitionConstructor() !== null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts listening; `onText` receives each recognised phrase. */
  start(lang: string, onText: (text: string) => void): void {
    const Constructor = recognitionConstructor();
    if (!Constructor || this.listening) return;
    const recognition = new Constructor();
    recognition.lang = lang;
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.addEventListener('result', (event) => {
      const { resultIndex, results } = event as RecognitionResultEvent;
      for (let index = resultIndex; index < results.length; index += 1) {
        const result = results[index];
        const transcript = result?.[0]?.transcript.trim();
        if (result?.isFinal && transcript) onText(transcript);
      }
    });
    const finished = () => {
      if (this.recognition !== recognition) return;
      this.recognition = null;
      this.listening = false;
      this.host.requestUpdate();
    };
    recognition.addEventListener('end', finished);
    recognition.addEventListener('error', finished);
    this.recognition = recognition;
    this.listening = true;
    try {
      recognition.start();
    } catch {
      finished();
    }
    this.host.requestUpdate();
  }

  stop(): void {
    const recognition = this.recognition;
    if (!recognition) return;
    this.recognition = null;
    this.listening = false;
    recognition.stop();
    this.host.requestUpdate();
  }
}
