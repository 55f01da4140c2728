import { EventSourceParserStream } from 'eventsource-parser/stream';

/**
 * The `data` payloads of the events of a `text/event-stream` body, parsed by
 * `eventsource-parser` (multi-line data joined, comments and other fields ignored, any line
 * ending accepted).
 */
export async function* serverSentEventData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const events = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value.data;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
