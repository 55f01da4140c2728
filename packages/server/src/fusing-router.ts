import type { Context, ErrorHandler } from 'hono';
import type { Result, Router } from 'hono/router';
import type { H, RouterRoute } from 'hono/types';
import { TrieRouter } from 'hono/router/trie-router';

/** Enough for every route of the app with room for ids; past it the memory starts over. */
const DEFAULT_MAX_ENTRIES = 1024;

/** A middleware or handler as it is called here: the answer may come with or without a promise. */
type Handler = (c: Context, next: () => unknown) => unknown;
/** What Hono stores per route: the handler and the route it came from. */
type Stored = [H, RouterRoute];

/**
 * The router of the Coach app: Hono's `TrieRouter`, with two things added for the requests
 * every page load makes.
 *
 * - It remembers matches. The contract puts a fixed path beside a parameter at the same level
 *   (`/api/reports/statistics/` next to `/api/reports/{id}/`), which Hono's compiled
 *   `RegExpRouter` refuses, so Hono would walk the trie on every request. A match depends on
 *   nothing but the method and the path; the memory is bounded, so a client sending endless
 *   distinct paths only makes it start over.
 * - It fuses the middleware and handler of a path without parameters into one handler that
 *   runs them in order with the same semantics as Hono's `compose` (each layer's errors go to
 *   the error handler and the outer layers see its answer), but without a promise between
 *   layers that answer at once. Hono answers a one-handler match without a promise, and
 *   @hono/node-server writes such an answer straight away; through `compose`, every request
 *   would take the asynchronous path, which on a small read costs more than all the
 *   middleware together.
 *
 * Paths with parameters keep Hono's own composition, which hands each layer its parameters.
 */
export class FusingRouter implements Router<Stored> {
  readonly name = 'FusingRouter';
  readonly #router: Router<Stored>;
  readonly #maxEntries: number;
  /** Matches by method, then path: looking up the path as it is costs less than a key built per request. */
  #matches = new Map<string, Map<string, Result<Stored>>>();
  #size = 0;
  #onError: ErrorHandler | undefined;

  constructor(options: { router?: Router<Stored>; maxEntries?: number } = {}) {
    this.#router = options.router ?? new TrieRouter<Stored>();
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** The app's error handler (`app.onError`), which the fused layers answer errors with. */
  set onError(handler: ErrorHandler) {
    this.#onError = handler;
    this.#forget();
  }

  add(method: string, path: string, handler: Stored): void {
    this.#forget();
    this.#router.add(method, path, handler);
  }

  match(method: string, path: string): Result<Stored> {
    let byPath = this.#matches.get(method);
    let result = byPath?.get(path);
    if (result === undefined) {
      result = this.#fuse(this.#router.match(method, path));
      if (this.#size >= this.#maxEntries) this.#forget();
      byPath = this.#matches.get(method);
      if (byPath === undefined) this.#matches.set(method, (byPath = new Map()));
      byPath.set(path, result);
      this.#size += 1;
    }
    return result;
  }

  #forget(): void {
    this.#matches.clear();
    this.#size = 0;
  }

  #fuse(result: Result<Stored>): Result<Stored> {
    const entries = result[0];
    const onError = this.#onError;
    if (!onError || entries.length < 2 || result.length > 1 || entries.some(([, params]) => Object.keys(params).length > 0)) return result;
    const handlers = entries.map(([[handler]]) => handler as unknown as Handler);
    const route = entries[entries.length - 1]![0][1];
    return [[[[fuse(handlers, onError) as unknown as H, route], {}]]];
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | undefined)?.then === 'function';
}

/**
 * Hono's `compose`, step for step, except that a layer which returns without a promise is
 * followed at once. Returns the answer (or a promise of it), as a single handler does.
 */
function fuse(handlers: readonly Handler[], onError: ErrorHandler): Handler {
  return (c, last) => {
    let index = -1;
    const dispatch = (i: number): Context | Promise<Context> => {
      if (i <= index) throw new Error('next() called multiple times');
      index = i;
      const handler = i < handlers.length ? handlers[i] : last;
      if (!handler) return c;
      let answer: unknown;
      try {
        answer = handler(c, () => dispatch(i + 1));
      } catch (error) {
        return fail(c, error, onError);
      }
      return isPromise(answer)
        ? answer.then(
            (resolved) => settle(c, resolved, false),
            (error: unknown) => fail(c, error, onError),
          )
        : settle(c, answer, false);
    };
    const done = dispatch(0);
    return isPromise(done) ? done.then(() => (c.finalized ? c.res : undefined)) : c.finalized ? c.res : undefined;
  };
}

/** What `compose` does with a layer's answer: a Response becomes the answer unless one exists (errors always win). */
function settle(c: Context, answer: unknown, isError: boolean): Context {
  if (answer instanceof Response && (!c.finalized || isError)) c.res = answer;
  return c;
}

/** What `compose` does with a layer's error: the error handler answers it; anything not an Error is rethrown. */
function fail(c: Context, error: unknown, onError: ErrorHandler): Context | Promise<Context> {
  if (!(error instanceof Error)) throw error;
  c.error = error;
  const answer = onError(error, c);
  return isPromise(answer) ? answer.then((resolved) => settle(c, resolved, true)) : settle(c, answer, true);
}
