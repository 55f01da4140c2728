import { CoachClientError, errorFromResponse, errorFromThrown } from './coach-client-error.js';

/** How far a resume upload is: bytes sent so far, then `processing` while the server reads the resume. */
export type UploadProgress = { stage: 'sending'; loaded: number; total: number } | { stage: 'processing' };

/** What {@link uploadWithProgress} sends: the request as the client built it, minus what XHR cannot carry. */
export interface ProgressUpload {
  url: string;
  form: FormData;
  headers: Record<string, string>;
  withCredentials: boolean;
  signal: AbortSignal | undefined;
  onProgress: (progress: UploadProgress) => void;
}

/** Whether this runtime can report upload progress (fetch cannot; `XMLHttpRequest` can). */
export function canReportUploadProgress(): boolean {
  return typeof XMLHttpRequest === 'function';
}

/**
 * Posts a multipart form with `XMLHttpRequest`, the one browser API that reports how many bytes
 * of a request body were sent. Answers and failures become what the fetch path gives: the JSON
 * body, or a {@link CoachClientError} with the server's code, `NETWORK_ERROR` or `ABORTED`.
 */
export function uploadWithProgress<T>(upload: ProgressUpload): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    const fail = (error: unknown) => reject(errorFromThrown(error, upload.signal, request.status));
    if (upload.signal?.aborted) {
      fail(new DOMException('Aborted', 'AbortError'));
      return;
    }
    request.open('POST', upload.url);
    request.withCredentials = upload.withCredentials;
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(upload.headers)) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) upload.onProgress({ stage: 'sending', loaded: event.loaded, total: event.total });
    });
    // Once every byte is sent the server still reads the resume and writes the first question.
    request.upload.addEventListener('load', () => upload.onProgress({ stage: 'processing' }));
    request.addEventListener('load', () => {
      const head = { status: request.status, headers: { get: (name: string) => request.getResponseHeader(name) } };
      let body: unknown;
      try {
        body = JSON.parse(request.responseText) as unknown;
      } catch (error) {
        if (request.status >= 200 && request.status < 300) {
          reject(
            new CoachClientError({ code: 'INVALID_RESPONSE', message: 'The server did not answer with valid JSON.', status: request.status, cause: error }),
          );
          return;
        }
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(errorFromResponse(head, body));
    });
    request.addEventListener('error', () => fail(new TypeError('Network request failed')));
    request.addEventListener('abort', () => fail(new DOMException('Aborted', 'AbortError')));
    upload.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(upload.form);
  });
}
