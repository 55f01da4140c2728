import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './app-env.js';
import { HttpError } from './http-errors.js';

/** Where the demo pages find their files. */
export interface PagesOptions {
  /** The folder with `index.html`, `recruiter.html` and `assets/`. @default the package's `public/` */
  publicDir?: string;
  /**
   * Files of the widget bundles. @default resolved from `@coach/widget/bundle` and
   * `@coach/recruiter-ui/bundle` at request time, so building them needs no restart.
   */
  widgetBundles?: { interview?: string; dashboard?: string; webhooksPanel?: string; interviewsPanel?: string; dsaRound?: string; report?: string };
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

const NOTICE_MARKER = '<!--coach:widget-notice-->';
/** Files may change with a rebuild: browsers keep them a few minutes, then revalidate by ETag. */
const FILE_CACHE_CONTROL = 'public, max-age=300, must-revalidate';

/**
 * The demo pages: `/` with `<coach-interview>`, `/recruiter` with `<coach-recruiter-dashboard>`
 * and a sign-in form, their assets under `/assets/`, and the widget bundles under `/widget/`,
 * served by @hono/node-server's `serveStatic` behind `hono/etag` (so a browser revalidates with
 * `If-None-Match` and gets a 304). When a bundle is not built, the page says so instead of
 * showing an empty box.
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
  // Loaded by the widget bundle from beside itself when the DSA round starts.
  const dsaRound: Bundle = {
    path: '/widget/coach-dsa-round.bundle.js',
    specifier: '@coach/widget/dsa-round/bundle',
    file: options.widgetBundles?.dsaRound,
    packageName: '@coach/widget',
  };
  // Loaded by the widget bundle from beside itself when the report is shown.
  const report: Bundle = {
    path: '/widget/coach-report.bundle.js',
    specifier: '@coach/widget/report/bundle',
    file: options.widgetBundles?.report,
    packageName: '@coach/widget',
  };
  // Loaded by the dashboard bundle from beside itself when the Interviews or Invitations view is first opened.
  const interviewsPanel: Bundle = {
    path: '/widget/coach-interviews-panel.js',
    specifier: '@coach/recruiter-ui/interviews-panel/bundle',
    file: options.widgetBundles?.interviewsPanel,
    packageName: '@coach/recruiter-ui',
  };
  const templates = {
    index: readFileSync(join(publicDir, 'index.html'), 'utf8'),
    recruiter: readFileSync(join(publicDir, 'recruiter.html'), 'utf8'),
  };
  const require = createRequire(import.meta.url);

  const locate = (bundle: Bundle): string | null => {
    const file = bundle.file ?? tryResolve(require, bundle.specifier);
    return file && isFile(file) ? file : null;
  };

  const page = (template: string, bundle: Bundle) => (c: Context<AppEnv>) => {
    const notice = locate(bundle)
      ? ''
      : `<div class="notice" role="alert"><strong>The widget is not built.</strong> ${escapeHtml(bundle.packageName)} has no bundle yet: run <code>npm run build</code> at the repository root, then reload this page.</div>`;
    c.header('Cache-Control', 'no-cache');
    return c.html(template.replace(NOTICE_MARKER, notice));
  };

  // Set before serveStatic builds the answer (its `onFound` runs after, too late for headers);
  // a file that is missing after all becomes a 404, whose error answer says `no-store`.
  const cacheable: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.header('Cache-Control', FILE_CACHE_CONTROL);
    await next();
  };

  const bundleRoute =
    (bundle: Bundle): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      const file = locate(bundle);
      if (!file) throw new HttpError({ code: 'NOT_FOUND', message: `${bundle.packageName} is not built: run npm run build.` });
      // Host pages on other origins load the bundle as a module script, which is a CORS request.
      c.header('Access-Control-Allow-Origin', '*');
      // Resolved per request (see `widgetBundles`), so the file is only known here.
      return serveStatic({ path: file })(c, next);
    };

  return (
    new Hono<AppEnv>()
      // `no-cache` with an ETag: the browser asks every time and mostly gets a 304.
      .get('/', etag(), page(templates.index, interview))
      .get('/recruiter', etag(), page(templates.recruiter, dashboard))
      .get('/recruiter/', etag(), page(templates.recruiter, dashboard))
      .use('/widget/*', etag(), cacheable)
      .get(interview.path, bundleRoute(interview))
      .get(dashboard.path, bundleRoute(dashboard))
      .get(webhooksPanel.path, bundleRoute(webhooksPanel))
      .get(dsaRound.path, bundleRoute(dsaRound))
      .get(report.path, bundleRoute(report))
      .get(interviewsPanel.path, bundleRoute(interviewsPanel))
      .use('/assets/*', etag(), cacheable)
      // serveStatic refuses `..`, encoded separators and doubled slashes; the root keeps every path inside assets/.
      .get('/assets/*', serveStatic({ root: join(publicDir, 'assets'), rewriteRequestPath: (path) => path.slice('/assets'.length) }))
      .get('/favicon.ico', (c) => c.body(null, 204))
  );
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

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
