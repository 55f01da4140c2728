// Trimmed ElevenLabs responses, in the shapes its API really returns.

/**
 * A short MP3 as ElevenLabs returns it: an ID3v2.4 tag header followed by MPEG-1 Layer III
 * frames (128 kbit/s, 44.1 kHz: 417-byte frames starting with the frame sync FF FB).
 */
export function makeMp3(frames = 3): Uint8Array<ArrayBuffer> {
  const tag = [0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  const audio = new Uint8Array(tag.length + frames * frame.length);
  audio.set(tag);
  for (let index = 0; index < frames; index += 1) audio.set(frame, tag.length + index * frame.length);
  return audio;
}

/** 401 for a wrong key. */
export const INVALID_API_KEY_BODY = {
  detail: { status: 'invalid_api_key', message: 'Invalid API key' },
};

/** 401 when the account's character quota is used up (ElevenLabs reports this as 401). */
export const QUOTA_EXCEEDED_BODY = {
  detail: {
    status: 'quota_exceeded',
    message: 'This request exceeds your quota of 10000. You have 0 credits remaining, while 91 credits are required for this request.',
  },
};

/** 429 when too many requests run at once. */
export const TOO_MANY_CONCURRENT_REQUESTS_BODY = {
  detail: {
    status: 'too_many_concurrent_requests',
    message: 'Too many concurrent requests. Your current subscription is associated with a maximum of 2 concurrent requests.',
  },
};

/** 422 from request validation (FastAPI's shape). */
export const VALIDATION_ERROR_BODY = {
  detail: [{ loc: ['body', 'text'], msg: 'field required', type: 'value_error.missing' }],
};

/** 404 for an unknown voice. */
export const VOICE_NOT_FOUND_BODY = {
  detail: { status: 'voice_not_found', message: 'A voice with the voice_id nonexistent-voice was not found.' },
};
