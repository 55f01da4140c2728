import { z } from 'zod';
import type { SpeechModel, SynthesizeOptions, SynthesizeResult } from '../../ports/speech-model.js';
import { ProviderError, ValidationError } from '../../errors/index.js';
import { mapElevenLabsNetworkError, mapElevenLabsResponseError } from './elevenlabs-error.js';

/** The fetch subset this adapter uses. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Voice tuning sent with every request; ElevenLabs' defaults apply to omitted fields. */
export interface ElevenLabsVoiceSettings {
  stability?: number;
  similarity_boost?: number;
  style?: number;
  use_speaker_boost?: boolean;
  speed?: number;
}

/** Options of {@link createElevenLabs}. */
export interface ElevenLabsProviderOptions {
  apiKey: string;
  /** @default 'https://api.elevenlabs.io' */
  baseURL?: string;
  /** @default globalThis.fetch */
  fetch?: FetchFunction;
  /** @default 'eleven_multilingual_v2' */
  modelId?: string;
  /** @default { stability: 0.5, similarity_boost: 0.75 } */
  voiceSettings?: ElevenLabsVoiceSettings;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** An ElevenLabs account, from which speech models (one per voice) are made. */
export interface ElevenLabsProvider {
  /** A speech model speaking with `voiceId` (default: Rachel, `21m00Tcm4TlvDq8ikWAM`). */
  speechModel(voiceId?: string): SpeechModel;
}

/** Rachel: a calm, clear American voice available on every ElevenLabs account. */
export const DEFAULT_ELEVENLABS_VOICE_ID = '21m00Tcm4TlvDq8ikWAM';
/** ElevenLabs' multilingual model. */
export const DEFAULT_ELEVENLABS_MODEL_ID = 'eleven_multilingual_v2';
const DEFAULT_BASE_URL = 'https://api.elevenlabs.io';
const DEFAULT_VOICE_SETTINGS: ElevenLabsVoiceSettings = { stability: 0.5, similarity_boost: 0.75 };

const unit = z.number().min(0).max(1);
const optionsSchema = z.object({
  apiKey: z.string({ error: 'apiKey is required' }).trim().min(1, 'apiKey is required'),
  baseURL: z.url().optional(),
  modelId: z.string().min(1).optional(),
  voiceSettings: z
    .object({
      stability: unit.optional(),
      similarity_boost: unit.optional(),
      style: unit.optional(),
      use_speaker_boost: z.boolean().optional(),
      speed: z.number().min(0.7).max(1.2).optional(),
    })
    .strict()
    .optional(),
});

/**
 * Creates an ElevenLabs text-to-speech provider. Each request is one
 * `POST /v1/text-to-speech/{voice_id}` returning MP3; retries and timeouts belong to the
 * speech service, and failures are `ProviderError`s (see `elevenlabs-error.ts`).
 *
 * @throws ValidationError `INVALID_CONFIG` for a missing key or a malformed option.
 * @example
 * import { createElevenLabs } from '@coach/core/elevenlabs';
 * const elevenlabs = createElevenLabs({ apiKey: process.env.ELEVENLABS_API_KEY! });
 * const coach = await createCoach({ speechModel: elevenlabs.speechModel() });
 */
export function createElevenLabs(options: ElevenLabsProviderOptions): ElevenLabsProvider {
  const parsed = optionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: `Invalid ElevenLabs options: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  const apiKey = parsed.data.apiKey.trim();
  const baseURL = (parsed.data.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const modelId = parsed.data.modelId ?? DEFAULT_ELEVENLABS_MODEL_ID;
  const voiceSettings = parsed.data.voiceSettings ?? DEFAULT_VOICE_SETTINGS;
  const fetchFunction: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    speechModel(voiceId = DEFAULT_ELEVENLABS_VOICE_ID): SpeechModel {
      if (typeof voiceId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(voiceId)) {
        throw new ValidationError({ code: 'INVALID_CONFIG', message: `"${String(voiceId)}" is not an ElevenLabs voice id.` });
      }
      const url = `${baseURL}/v1/text-to-speech/${encodeURIComponent(voiceId)}`;
      return {
        specificationVersion: 'v1',
        provider: 'elevenlabs',
        voiceId,
        async synthesize({ text, abortSignal }: SynthesizeOptions): Promise<SynthesizeResult> {
          abortSignal?.throwIfAborted();
          let response: Response;
          try {
            response = await fetchFunction(url, {
              method: 'POST',
              headers: {
                ...options.headers,
                'xi-api-key': apiKey,
                'content-type': 'application/json',
                accept: 'audio/mpeg',
              },
              body: JSON.stringify({ text, model_id: modelId, voice_settings: voiceSettings }),
              signal: abortSignal,
            });
          } catch (error) {
            if (abortSignal?.aborted) throw abortSignal.reason;
            throw mapElevenLabsNetworkError(error);
          }
          if (!response.ok) {
            const body = await readText(response, abortSignal);
            throw mapElevenLabsResponseError(response, body, apiKey);
          }
          let audio: Uint8Array;
          try {
            audio = new Uint8Array(await response.arrayBuffer());
          } catch (error) {
            if (abortSignal?.aborted) throw abortSignal.reason;
            throw mapElevenLabsNetworkError(error);
          }
          const declared = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
          // The request asked for MP3, so an untyped or generic binary body is MP3.
          const contentType = declared === '' || declared === 'application/octet-stream' ? 'audio/mpeg' : declared;
          if (audio.byteLength === 0 || !contentType.startsWith('audio/')) {
            throw new ProviderError({
              provider: 'elevenlabs',
              statusCode: response.status,
              isRetryable: false,
              message: `ElevenLabs answered without audio (${contentType}, ${audio.byteLength} bytes).`,
            });
          }
          return { audio, contentType, warnings: [] };
        },
      };
    },
  };
}

async function readText(response: Response, abortSignal: AbortSignal | undefined): Promise<string> {
  try {
    return await response.text();
  } catch {
    if (abortSignal?.aborted) throw abortSignal.reason;
    return '';
  }
}
