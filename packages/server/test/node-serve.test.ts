import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serve } from '../src/node.js';
import { createTestApp } from './test-app.js';

describe('serve', () => {
  it('should serve the app over HTTP, then stop and close the Coach', async () => {
    const t = await createTestApp();
    try {
      const running = await serve(t.app, { port: 0, hostname: '127.0.0.1', coach: t.coach, handleSignals: false, maintenanceIntervalMs: 0 });
      expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
      const response = await fetch(`${running.url}/api/demos/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{16}$/);
      // The same headers over Node as through app.request, on the fast path and off it.
      const missing = await fetch(`${running.url}/api/reports/`, { headers: { origin: 'http://localhost:5173' } });
      for (const answer of [response, missing]) {
        expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(answer.headers.get('vary')).toBe('Origin');
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      }
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      expect(Array.isArray(await response.json())).toBe(true);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      expect(missing.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(missing.headers.get('cache-control')).toBe('no-store');
      await running.close();
      await running.close();
      await expect(fetch(`${running.url}/api/demos/`)).rejects.toThrow();
      await expect(t.testStorage.storage.healthCheck()).rejects.toThrow();
    } finally {
      await t.close();
    }
  });

  it('should let a request in flight finish while refusing new connections', async () => {
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const app = new Hono().get('/slow', async (c) => {
      entered();
      await gate;
      return c.text('finished');
    });
    const running = await serve(app, { port: 0, hostname: '127.0.0.1', handleSignals: false });
    const slow = fetch(`${running.url}/slow`);
    await inHandler;
    const closed = running.close();
    await expect(fetch(`${running.url}/slow`)).rejects.toThrow();
    release();
    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('finished');
    await closed;
  });

  it('should run maintenance on its interval and stop it on close', async () => {
    const t = await createTestApp();
    try {
      let runs = 0;
      let firstRun!: () => void;
      const ran = new Promise<void>((resolve) => (firstRun = resolve));
      const original = t.coach.maintenance.runOnce.bind(t.coach.maintenance);
      t.coach.maintenance.runOnce = async () => {
        runs += 1;
        firstRun();
        return original();
      };
      const running = await serve(t.app, { port: 0, hostname: '127.0.0.1', coach: t.coach, handleSignals: false, maintenanceIntervalMs: 60_000 });
      await ran;
      await running.close();
      expect(runs).toBe(1);
    } finally {
      await t.close();
    }
  });
});
