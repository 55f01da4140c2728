import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SpeechModel, SynthesizeOptions, SynthesizeResult } from '../../ports/speech-model.js';
import { ProviderError, ValidationError } from '../../errors/index.js';

/** Options of {@link createOfflineSpeech}. */
export interface OfflineSpeechOptions {
  /**
   * An eSpeak NG voice, e.g. `en-us`, `en-gb`, `de`.
   * @default 'en-us'
   */
  voice?: string;
  /**
   * Speaking rate in words per minute (80–450).
   * @default 165
   */
  wordsPerMinute?: number;
}

const VOICE_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const INPUT_FILE = 'input.txt';
const OUTPUT_FILE = 'output.wav';

/**
 * A speech model that runs entirely offline: eSpeak NG compiled to WebAssembly (the `espeak-ng`
 * package, loaded on first use). Returns 16-bit mono WAV at 22 kHz. The voice is robotic but
 * needs no account or network.
 *
 * Each call runs its own instance of the module (an Emscripten program runs `main` once), so
 * concurrent calls do not share state; the compiled WebAssembly is shared between them. The
 * text is passed in a file, never on the command line, so no text is ever read as a flag.
 *
 * @example
 * const coach = await createCoach({ speechModel: createOfflineSpeech({ voice: 'en-gb' }) });
 */
export function createOfflineSpeech(options: OfflineSpeechOptions = {}): SpeechModel {
  const voice = options.voice ?? 'en-us';
  const wordsPerMinute = options.wordsPerMinute ?? 165;
  if (!VOICE_PATTERN.test(voice)) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: `"${voice}" is not an eSpeak NG voice name (e.g. en-us).` });
  }
  if (!Number.isInteger(wordsPerMinute) || wordsPerMinute < 80 || wordsPerMinute > 450) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: 'wordsPerMinute must be an integer from 80 to 450.' });
  }
  return {
    specificationVersion: 'v1',
    provider: 'offline',
    voiceId: voice,
    async synthesize({ text, abortSignal }: SynthesizeOptions): Promise<SynthesizeResult> {
      abortSignal?.throwIfAborted();
      const audio = await runEspeak(text, ['-v', voice, '-s', String(wordsPerMinute)]);
      // Synthesis is synchronous once started; an abort during it is honoured on return.
      abortSignal?.throwIfAborted();
      return { audio, contentType: 'audio/wav', warnings: [] };
    },
  };
}

let compiled: Promise<WebAssembly.Module> | null = null;

/** Compiles the 18 MB WebAssembly binary once per process. */
function compiledModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('espeak-ng');
    return WebAssembly.compile(await readFile(path.join(path.dirname(entry), 'espeak-ng.wasm')));
  })().catch((error: unknown) => {
    compiled = null;
    throw error;
  });
  return compiled;
}

async function runEspeak(text: string, voiceArguments: string[]): Promise<Uint8Array> {
  const messages: string[] = [];
  let exitStatus = 0;
  try {
    const [{ default: ESpeakNg }, wasm] = await Promise.all([import('espeak-ng'), compiledModule()]);
    // Emscripten never settles its promise if a custom instantiation fails, so race that failure.
    let failInstantiation: (error: unknown) => void = () => {};
    const instantiationFailed = new Promise<never>((_, reject) => {
      failInstantiation = reject;
    });
    const instance = await Promise.race([
      ESpeakNg({
        // -b 1: the input file is UTF-8; -f: read the text from a file (never parsed as options).
        arguments: [...voiceArguments, '-b', '1', '-w', OUTPUT_FILE, '-f', INPUT_FILE],
        preRun: [(module) => module.FS.writeFile(INPUT_FILE, text)],
        instantiateWasm(imports, receiveInstance) {
          WebAssembly.instantiate(wasm, imports).then((created) => receiveInstance(created, wasm), failInstantiation);
          return {};
        },
        print: (message) => messages.push(message),
        printErr: (message) => messages.push(message),
        // The default exit handler sets process.exitCode, which would leak into the host process.
        quit: (status, toThrow) => {
          exitStatus = status;
          throw toThrow;
        },
      }),
      instantiationFailed,
    ]);
    const audio = exitStatus === 0 ? instance.FS.readFile(OUTPUT_FILE) : new Uint8Array();
    if (audio.byteLength <= 44) throw new Error(`espeak-ng exited with status ${exitStatus}: ${messages.join(' ')}`.trim());
    return new Uint8Array(audio);
  } catch (error) {
    throw new ProviderError({
      message: 'The offline voice could not synthesize this text.',
      provider: 'offline',
      isRetryable: false,
      cause: error,
    });
  }
}

/**
 * Whether the `espeak-ng` package is installed. It is an optional peer dependency (it is
 * GPL-licensed), so `createCoach()` enables the offline voice only when this is true.
 */
export async function isOfflineSpeechAvailable(): Promise<boolean> {
  try {
    createRequire(import.meta.url).resolve('espeak-ng');
    return true;
  } catch {
    return false;
  }
}
