import type { Coach } from '@coach/core';
import { createRoute, z } from '@hono/zod-openapi';
import { TextToSpeechBodySchema } from '../schemas/candidate-schemas.js';
import { CANDIDATE_ERRORS, errorResponses } from '../schemas/common-schemas.js';
import { createRouter } from './create-router.js';

const AudioSchema = z.string().openapi({ type: 'string', format: 'binary' });

const textToSpeech = createRoute({
  method: 'post',
  path: '/text-to-speech/',
  tags: ['Candidate'],
  summary: 'Speak a text',
  description: 'Answers audio bytes: `audio/mpeg` from ElevenLabs, `audio/wav` from the built-in offline voice. 501 when speech is off.',
  request: { body: { required: true, content: { 'application/json': { schema: TextToSpeechBodySchema } } } },
  responses: {
    200: {
      description: 'The audio.',
      content: { 'audio/mpeg': { schema: AudioSchema }, 'audio/wav': { schema: AudioSchema } },
    },
    ...errorResponses(...CANDIDATE_ERRORS, 413, 415, 501, 502),
  },
});

/** `POST /api/text-to-speech/`. */
export function createTextToSpeechRoutes(coach: Coach) {
  return createRouter().openapi(textToSpeech, async (c) => {
    const { text } = c.req.valid('json');
    const { audio, contentType, cached } = await coach.speech.synthesize({ text, abortSignal: c.req.raw.signal });
    return c.body(audio as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': contentType,
      'Content-Length': String(audio.byteLength),
      // The same text always gives the same audio, so a browser may keep it.
      'Cache-Control': 'private, max-age=86400',
      'X-Coach-Speech-Cache': cached ? 'hit' : 'miss',
    });
  });
}
