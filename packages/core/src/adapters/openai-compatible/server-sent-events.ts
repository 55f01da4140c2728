import { createParser } from 'eventsource-parser';

/**
 * The `data` payloads of the events of a `text/event-stream` body, parsed by
 * `eventsource-parser` (multi-line data joined, comments and other fields ignored, any line
 * ending accepted).
 */
export async function* serverSentEventData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const ready: string[] = [];
  const parser = createParser({ onEvent: (event) => ready.push(event.data) });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    while (true) {
      const { done, value } = await reader.read();
      // At the end, a line feed completes a line ending the parser holds back (a final CR
      // might have been the first half of a CRLF); an unterminated event still does not dispatch.
      parser.feed(done ? `${decoder.decode()}\n` : decoder.decode(value, { stream: true }));
      yield* ready.splice(0);
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
