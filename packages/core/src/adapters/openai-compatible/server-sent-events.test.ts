import { describe, expect, it } from 'vitest';
import { serverSentEventData } from './server-sent-events.js';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<string[]> {
  const events: string[] = [];
  for await (const data of serverSentEventData(streamOf(chunks))) events.push(data);
  return events;
}

describe('serverSentEventData', () => {
  it('should yield each event once, across chunk boundaries and line-ending styles', async () => {
    expect(await collect(['data: {"a":', '1}\n\ndata: two\r', '\n\r\n: comment\n\ndata:three\r\r'])).toEqual(['{"a":1}', 'two', 'three']);
  });

  it('should drop an event the stream ends in the middle of, as the specification says', async () => {
    expect(await collect(['data: one\n\ndata: cut'])).toEqual(['one']);
  });

  it('should join the data lines of one event, even when a CRLF is split between chunks', async () => {
    expect(await collect(['data: a\r', '\ndata: b\r\n\r\n'])).toEqual(['a\nb']);
  });
});
