import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpError } from './http-errors.js';
import { setResponseHeader } from './response-headers.js';

/** Where the demo pages find their files. */
export interface PagesOptions {
  /** The folder with `index.html`, `recruiter.html` and `assets/`. @default the package's `public/` */
  publicDir?: string;
  /**
   * Files of the widget bundles. @default resolved from `@coach/widget/bundle` and
   * `@coach/recruiter-ui/bundle` at request time, so building them needs no restart.
   */
  widgetBundles?: { interview?: string; dashboard?: string; webhooksPanel?: string };
}

interface Bundle {
  /** The URL path the page loads it from. */
  path: string;
  /** The package subpath that resolves to it. */
  specifier: string;
  /** A fixed file instead of the package. */
  file: string | undefined;
  packageName: string;
}

interface CachedFile {
  body: Uint8Array;
  etag: string;
  mtimeMs: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const NOTICE_MARKER = '<!--coach:widget-notice-->';

/**
 * The demo pages: `/` with `<coach-interview>`, `/recruiter` with `<coach-recruiter-dashboard>`
 * and a sign-in form, their assets under `/assets/`, and the widget bundles under `/widget/`.
 * When a bundle is not built, the page says so instead of showing an empty box.
 */
export function createPages(options: PagesOptions = {}) {
  const publicDir = options.publicDir ?? fileURLToPath(new URL('../public/', import.meta.url));
  const interview: Bundle = {
    path: '/widget/coach-interview.js',
    specifier: '@coach/widget/bundle',
    file: options.widgetBundles?.interview,
    packageName: '@coach/widget',
  };
  const dashboard: Bundle = {
    path: '/widget/coach-recruiter-dashboard.js',
    specifier: '@coach/recruiter-ui/bundle',
    file: options.widgetBundles?.dashboard,
    packageName: '@coach/recruiter-ui',
  };
  // Loaded by the dashboard bundle from beside itself when the Webhooks view is first opened.
  const webhooksPanel: Bundle = {
    path: '/widget/coach-webhooks-panel.js',
    specifier: '@coach/recruiter-ui/webhooks-panel/bundle',
    file: options.widgetBundles?.webhooksPanel,
    packageName: '@coach/recruiter-ui',
  };
  const templates = {
    index: readFileSync(join(publicDir, 'index.html'), 'utf8'),
    recruiter: readFileSync(join(publicDir, 'recruiter.html'), 'utf8'),
  };
  // Only files present at start-up are served, so no request path ever reaches the file system.
  const assets = new Map<string, string>(
    listFiles(join(publicDir, 'assets')).map((name) => [`/assets/${name}`, join(publicDir, 'assets', name)]),
  );
  const cache = new Map<string, CachedFile>();
  const require = createRequire(import.meta.url);

  const locate = (bundle: Bundle): string | null => {
    const file = bundle.file ?? tryResolve(require, bundle.specifier);
    return file && isFile(file) ? file : null;
  };

  const page = (template: string, bundle: Bundle) => (c: Context<AppEnv>) => {
    const notice = locate(bundle)
      ? ''
      : `<div class="notice" role="alert"><strong>The widget is not built.</strong> ${escapeHtml(bundle.packageName)} has no bundle yet: run <code>npm run build</code> at the repository root, then reload this page.</div>`;
    setResponseHeader(c, 'Cache-Control', 'no-cache');
    return c.html(template.replace(NOTICE_MARKER, notice));
  };

  const serveFile = async (c: Context<AppEnv>, file: string, extraHeaders: Record<string, string> = {}) => {
    const cached = await readCached(cache, file);
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      ETag: cached.etag,
      'Cache-Control': 'public, max-age=300, must-revalidate',
      ...extraHeaders,
    };
    if (c.req.header('if-none-match') === cached.etag) return c.body(null, 304, headers);
    return c.body(cached.body as Uint8Array<ArrayBuffer>, 200, headers);
  };

  const bundleRoute = (bundle: Bundle) => async (c: Context<AppEnv>) => {
    const file = locate(bundle);
    if (!file) {
      throw new HttpError({ code: 'NOT_FOUND', message: `${bundle.packageName} is not built: run npm run build.` });
    }
    // Host pages on other origins load the bundle as a module script, which is a CORS request.
    return serveFile(c, file, { 'Access-Control-Allow-Origin': '*' });
  };

  return new Hono<AppEnv>()
    .get('/', page(templates.index, interview))
    .get('/recruiter', page(templates.recruiter, dashboard))
    .get('/recruiter/', page(templates.recruiter, dashboard))
    .get(interview.path, bundleRoute(interview))
    .get(dashboard.path, bundleRoute(dashboard))
    .get(webhooksPanel.path, bundleRoute(webhooksPanel))
    .get('/assets/:name', async (c) => {
      const file = assets.get(c.req.path);
      if (!file) throw new HttpError({ code: 'NOT_FOUND', message: 'No such asset.' });
      return serveFile(c, file);
    })
    .get('/favicon.ico', (c) => c.body(null, 204));
}

function tryResolve(require: NodeJS.Require, specifier: string): string | null {
  try {
    return require.resolve(specifier);
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

async function readCached(cache: Map<string, CachedFile>, file: string): Promise<CachedFile> {
  const { mtimeMs } = statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  const body = new Uint8Array(await readFile(file));
  const entry = { body, mtimeMs, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  cache.set(file, entry);
  return entry;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
