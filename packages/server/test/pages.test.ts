import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from './test-app.js';

describe('demo pages', () => {
  let dir: string;
  let built: TestApp;
  let unbuilt: TestApp;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coach-pages-'));
    const interview = join(dir, 'coach-interview.bundle.js');
    const dashboard = join(dir, 'coach-recruiter-dashboard.bundle.js');
    await writeFile(interview, 'customElements.define("coach-interview", class extends HTMLElement {});\n');
    await writeFile(dashboard, 'customElements.define("coach-recruiter-dashboard", class extends HTMLElement {});\n');
    built = await createTestApp({ app: { pages: { widgetBundles: { interview, dashboard } } } });
    unbuilt = await createTestApp({ app: { pages: { widgetBundles: { interview: join(dir, 'missing.js'), dashboard: join(dir, 'missing-too.js') } } } });
  });
  afterAll(async () => {
    await built.close();
    await unbuilt.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should serve the candidate page with the interview widget and a CSP that lets it load', async () => {
    const response = await built.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<coach-interview');
    expect(html).toContain('src="/widget/coach-interview.js"');
    expect(html).not.toContain('not built');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/media-src [^;]*blob:/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const revalidated = await built.app.request('/', { headers: { 'if-none-match': response.headers.get('etag') ?? '' } });
    expect(revalidated.status).toBe(304);
  });

  it('should serve the recruiter page with a sign-in form and the dashboard', async () => {
    const html = await (await built.app.request('/recruiter')).text();
    expect(html).toContain('<coach-recruiter-dashboard');
    expect(html).toContain('id="sign-in"');
    expect(html).toContain('/assets/recruiter.js');
    expect((await built.app.request('/recruiter/')).status).toBe(200);
    const script = await built.app.request('/assets/recruiter.js');
    expect(script.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(await script.text()).toContain('/api/recruiter-tokens/');
  });

  it('should serve the bundles to any origin, with ETags', async () => {
    const response = await built.app.request('/widget/coach-interview.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toContain('coach-interview');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const revalidated = await built.app.request('/widget/coach-interview.js', { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    // A 304 still says how long to keep the file, and carries the request id and secure headers.
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(revalidated.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(revalidated.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(revalidated.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await built.app.request('/widget/coach-recruiter-dashboard.js')).status).toBe(200);
    // The dashboard bundle loads the webhooks panel from beside itself on first use.
    const panel = await built.app.request('/widget/coach-webhooks-panel.js');
    expect(panel.status).toBe(200);
    expect(panel.headers.get('access-control-allow-origin')).toBe('*');
    expect(await panel.text()).toContain('coach-webhooks-panel');
  });

  it('should say plainly when a widget is not built', async () => {
    for (const path of ['/', '/recruiter']) {
      const html = await (await unbuilt.app.request(path)).text();
      expect(html).toContain('The widget is not built.');
      expect(html).toContain('npm run build');
    }
    const bundle = await unbuilt.app.request('/widget/coach-interview.js');
    expect(bundle.status).toBe(404);
    expect((await errorOf(bundle)).message).toMatch(/npm run build/);
  });

  it('should serve only the files of the assets folder', async () => {
    const css = await built.app.request('/assets/site.css');
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(css.headers.get('etag')).toMatch(/^".+"$/);
    expect((await built.app.request('/assets/site.css', { headers: { 'if-none-match': css.headers.get('etag') ?? '' } })).status).toBe(304);
    for (const path of ['/assets/../package.json', '/assets/%2e%2e%2fpackage.json', '/assets/nothing.js', '/index.html', '/public/index.html']) {
      expect((await built.app.request(path)).status, path).toBe(404);
    }
  });

  it('should leave the pages out when asked', async () => {
    const bare = await createTestApp({ app: { pages: false } });
    try {
      expect((await bare.app.request('/')).status).toBe(404);
      expect((await bare.app.request('/api/demos/')).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
