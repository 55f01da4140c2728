import { describe, expect, it } from 'vitest';
import { CoachError, ProviderError } from '../../errors/index.js';
import { createOfflineSpeech } from './index.js';

/** The fields of a canonical 44-byte PCM WAV header. */
function readWavHeader(audio: Uint8Array) {
  const view = new DataView(audio.buffer, audio.byteOffset, audio.byteLength);
  const ascii = (start: number, length: number) => String.fromCharCode(...audio.subarray(start, start + length));
  return {
    riff: ascii(0, 4),
    riffSize: view.getUint32(4, true),
    wave: ascii(8, 4),
    fmt: ascii(12, 4),
    audioFormat: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    bitsPerSample: view.getUint16(34, true),
    data: ascii(36, 4),
    dataSize: view.getUint32(40, true),
  };
}

describe('createOfflineSpeech', () => {
  it('should produce a 16-bit mono PCM WAV whose header matches its length', async () => {
    const speech = createOfflineSpeech();
    expect(speech.provider).toBe('offline');
    expect(speech.voiceId).toBe('en-us');
    const result = await speech.synthesize({ text: 'Tell me about yourself.' });
    expect(result.contentType).toBe('audio/wav');
    const header = readWavHeader(result.audio);
    expect(header).toMatchObject({ riff: 'RIFF', wave: 'WAVE', fmt: 'fmt ', audioFormat: 1, channels: 1, bitsPerSample: 16, data: 'data' });
    expect(header.sampleRate).toBe(22050);
    expect(header.riffSize).toBe(result.audio.byteLength - 8);
    expect(header.dataSize).toBe(result.audio.byteLength - 44);
    // Roughly a second of speech or more: many more samples than a header.
    expect(header.dataSize).toBeGreaterThan(22050);
  });

  it('should speak longer text for longer', async () => {
    const speech = createOfflineSpeech();
    const short = await speech.synthesize({ text: 'Hi.' });
    const long = await speech.synthesize({ text: 'Describe a time you disagreed with a teammate, and how you resolved it.' });
    expect(long.audio.byteLength).toBeGreaterThan(short.audio.byteLength * 2);
  });

  it('should read UTF-8 text and leave the host process exit code alone', async () => {
    const before = process.exitCode;
    const result = await createOfflineSpeech().synthesize({ text: 'Café résumé — naïve “quotes”.' });
    expect(readWavHeader(result.audio).dataSize).toBeGreaterThan(0);
    await createOfflineSpeech({ voice: 'zz' })
      .synthesize({ text: 'Hello.' })
      .catch(() => undefined);
    expect(process.exitCode).toBe(before);
  });

  it('should honour the voice and rate options', async () => {
    const slow = await createOfflineSpeech({ wordsPerMinute: 100 }).synthesize({ text: 'One two three four five six.' });
    const fast = await createOfflineSpeech({ wordsPerMinute: 300 }).synthesize({ text: 'One two three four five six.' });
    expect(slow.audio.byteLength).toBeGreaterThan(fast.audio.byteLength);
    const british = createOfflineSpeech({ voice: 'en-gb' });
    expect(british.voiceId).toBe('en-gb');
    expect((await british.synthesize({ text: 'Hello.' })).contentType).toBe('audio/wav');
  });

  it('should refuse voice names that are not voice names, and bad rates, at creation', () => {
    for (const options of [{ voice: '-w /etc/passwd' }, { voice: 'en us' }, { wordsPerMinute: 10 }, { wordsPerMinute: 2.5 }]) {
      let error: unknown;
      try {
        createOfflineSpeech(options);
      } catch (caught) {
        error = caught;
      }
      expect(CoachError.isInstance(error) && error.code).toBe('INVALID_CONFIG');
    }
  });

  it('should report an unknown voice as a ProviderError', async () => {
    const error = await createOfflineSpeech({ voice: 'zz' })
      .synthesize({ text: 'Hello.' })
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(ProviderError.isInstance(error)).toBe(true);
    expect((error as ProviderError).provider).toBe('offline');
    expect((error as ProviderError).isRetryable).toBe(false);
  });
});
