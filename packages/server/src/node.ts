import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Coach, Logger } from '@coach/core';
import { serve as serveWithNode } from '@hono/node-server';

/** Anything with a fetch handler: the app from `createApp`, or any Hono app. */
export interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

export interface ServeOptions {
  /** @default 8787; 0 picks a free port */
  port?: number;
  /** @default '0.0.0.0' — every interface */
  hostname?: string;
  /**
   * The Coach behind the app. With it, shutdown also stops maintenance and closes the Coach
   * (storage connections, OCR workers).
   */
  coach?: Coach;
  /** Runs `coach.maintenance.runOnce()` this often (invites, expiry, retention); 0 turns it off. @default 60000 */
  maintenanceIntervalMs?: number;
  /** Runs `coach.webhooks.deliverDue()` this often (webhook deliveries and their retries); 0 turns it off. @default 1000 */
  webhookIntervalMs?: number;
  /** Shut down gracefully on SIGINT and SIGTERM. @default true */
  handleSignals?: boolean;
  /** How long in-flight requests may take to finish on shutdown before they are cut off. @default 10000 */
  shutdownTimeoutMs?: number;
  logger?: Logger;
}

/** A running server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  server: Server;
  /**
   * Stops accepting connections, lets in-flight requests finish (up to `shutdownTimeoutMs`),
   * stops maintenance, and closes the Coach. Safe to call more than once.
   */
  close(): Promise<void>;
}

/**
 * Serves the app on Node's HTTP server, with periodic maintenance and graceful shutdown.
 *
 * @example
 * ```ts
 * const running = await serve(createApp(coach, { secretKey }), { port: 8787, coach });
 * console.log(`Listening on ${running.url}`);
 * ```
 */
export async function serve(app: FetchApp, options: ServeOptions = {}): Promise<RunningServer> {
  const hostname = options.hostname ?? '0.0.0.0';
  const logger = options.logger ?? options.coach?.logger;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 10_000;

  const { server, address } = await new Promise<{ server: Server; address: AddressInfo }>((resolve, reject) => {
    const created = serveWithNode({ fetch: app.fetch, port: options.port ?? 8787, hostname }, (info) => {
      resolve({ server: created as Server, address: info });
    }) as Server;
    created.once('error', reject);
  });
  // Slow clients must not hold sockets open forever.
  server.headersTimeout = 30_000;
  server.requestTimeout = 5 * 60_000;
  server.keepAliveTimeout = 5_000;

  const maintenance = startMaintenance(options.coach, options.maintenanceIntervalMs ?? 60_000, logger);
  const webhookIntervalMs = options.webhookIntervalMs ?? 1000;
  const webhooks = options.coach && webhookIntervalMs > 0 ? options.coach.webhooks.startWorker({ intervalMs: webhookIntervalMs }) : null;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      maintenance.stop();
      await stopServer(server, shutdownTimeoutMs);
      await maintenance.idle();
      await webhooks?.stop();
      await options.coach?.close();
    })();
    return closing;
  };

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger?.info('shutting down', { signal });
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger?.error('shutdown failed', { error: error instanceof Error ? error.message : String(error) });
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  const shownHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
  return { url: `http://${shownHost}:${address.port}`, port: address.port, server, close };
}

function stopServer(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    // Keep-alive sockets would hold `close` open until they time out: close each one as soon
    // as its last response is out.
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearTimeout(deadline);
      clearInterval(sweeper);
      resolve();
    });
    server.closeIdleConnections();
  });
}

function startMaintenance(coach: Coach | undefined, intervalMs: number, logger: Logger | undefined) {
  let running: Promise<void> = Promise.resolve();
  if (!coach || intervalMs <= 0) return { stop() {}, idle: () => running };
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = coach.maintenance
      .runOnce()
      .then(
        (result) => logger?.debug('maintenance', { result }),
        (error: unknown) => logger?.warn('maintenance failed', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  // A first pass at once: invites queued before a restart should not wait a whole interval.
  tick();
  return {
    stop: () => clearInterval(timer),
    idle: () => running,
  };
}
