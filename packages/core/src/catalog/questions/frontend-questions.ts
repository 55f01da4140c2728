import { defineQuestions } from './question-types.js';

/** Technical questions for frontend engineers. */
export const FRONTEND_QUESTIONS = defineQuestions('frontend', 'technical', [
  {
    id: 'fe-rendering-performance',
    skills: ['React', 'Vue.js', 'Angular', 'Svelte'],
    text: 'A page in your {skill} app feels slow when users type or scroll. How do you diagnose and fix it?',
    concepts: [
      'profiling: profiler, devtools, performance tab, flame, lighthouse',
      'unnecessary re-renders: re-render, rerender, memo, usememo, usecallback, shouldcomponentupdate, computed, change detection',
      'virtualising long lists: virtualiz, virtualis, windowing, react-window, pagination',
      'debouncing input: debounce, throttle',
      'main-thread work: main thread, long task, web worker, layout thrash, reflow',
    ],
    goodAnswer: 'Profiles first, then removes wasted renders, virtualises long lists, debounces expensive handlers and moves heavy work off the main thread.',
  },
  {
    id: 'fe-state-management',
    skills: ['Redux', 'React', 'Vue.js'],
    text: 'How do you decide where state should live in a front-end application, and when would you introduce a library such as Redux?',
    concepts: [
      'local versus shared state: local state, global, lift, colocat, shared state',
      'server state: server state, cache, react query, tanstack, swr, fetch',
      'derived state: derived, compute, selector',
      'library trade-offs: boilerplate, redux, zustand, context, store, devtools',
      'URL state: url, query param, route',
    ],
    goodAnswer:
      'Keeps state as local as possible, treats server data as a cache, derives instead of duplicating, and adds a store only for truly shared client state.',
  },
  {
    id: 'fe-web-vitals',
    skills: ['Web Performance'],
    text: 'What are Core Web Vitals, and how would you improve a page with a poor Largest Contentful Paint?',
    concepts: [
      'the metrics: lcp, largest contentful paint, cls, cumulative layout shift, inp, fid, interaction to next paint',
      'images: image, lazy, preload, compress, webp, avif, srcset',
      'render-blocking resources: render-blocking, render blocking, critical css, defer, async, font',
      'server response: ttfb, cdn, ssr, server-side render, cache',
      'measuring: field data, lab, rum, lighthouse, crux',
    ],
    goodAnswer:
      'Names LCP, CLS and INP, then fixes LCP through the server response, preloading and optimising the hero image, and removing render-blocking resources.',
  },
  {
    id: 'fe-accessible-component',
    skills: ['Accessibility'],
    text: 'How do you make a custom interactive component, such as a dropdown menu, accessible?',
    concepts: [
      'semantics: semantic, native element, button, role, aria',
      'keyboard support: keyboard, tab, arrow keys, escape, enter',
      'ARIA states: aria-expanded, aria-controls, aria-activedescendant, aria-haspopup',
      'screen-reader testing: screen reader, voiceover, nvda, jaws, axe',
      'focus management: focus trap, return focus, focus management, visible focus, focus',
    ],
    goodAnswer: 'Starts from native semantics, adds the right roles and ARIA states, full keyboard support, focus management, and tests with a screen reader.',
  },
  {
    id: 'fe-event-loop',
    skills: ['JavaScript', 'TypeScript'],
    text: 'Explain the JavaScript event loop. In what order do synchronous code, a resolved promise callback and a setTimeout callback run, and why?',
    concepts: [
      'call stack: call stack, synchronous',
      'task queue: task queue, macrotask, callback queue, settimeout',
      'microtasks: microtask, promise, then, queuemicrotask',
      'execution order: first, then, before, after',
      'rendering: render, requestanimationframe, paint',
    ],
    goodAnswer: 'Synchronous code first, then all microtasks (promise callbacks), then the next task (setTimeout), with rendering between tasks.',
  },
  {
    id: 'fe-responsive-layout',
    skills: ['CSS', 'Responsive Design', 'Tailwind CSS', 'Sass'],
    text: 'How do you build a responsive layout that works from small phones to wide desktop screens? When do you use Flexbox and when CSS Grid?',
    concepts: [
      'Flexbox for one dimension: flexbox, flex, one-dimensional, one dimension, row, column',
      'Grid for two dimensions: grid, two-dimensional, template areas, grid-template',
      'responsive techniques: media quer, breakpoint, mobile-first, container quer, clamp, rem, relative unit',
      'fluid media: fluid, max-width, srcset, aspect-ratio',
    ],
    goodAnswer:
      'Mobile-first CSS with fluid units, Flexbox for one-dimensional alignment, Grid for page-level two-dimensional layout, and media or container queries.',
  },
  {
    id: 'fe-rendering-strategies',
    skills: ['Next.js', 'Nuxt', 'React', 'Gatsby', 'Svelte'],
    text: 'What are the trade-offs between client-side rendering, server-side rendering and static generation, for example with {skill}?',
    concepts: [
      'client-side rendering: client-side, spa, single page, bundle',
      'server-side rendering: server-side, ssr, per request, ttfb',
      'static generation: static, build time, ssg, isr, revalidat',
      'hydration: hydrat, interactiv, islands, streaming',
      'SEO and caching: seo, crawl, first contentful, cache, cdn',
    ],
    goodAnswer: 'Compares the strategies on time to content, interactivity, SEO, caching and server cost, and matches each to page types.',
  },
  {
    id: 'fe-security',
    text: 'Which front-end security issues do you watch for, and how do you prevent cross-site scripting and CSRF?',
    concepts: [
      'XSS: xss, cross-site scripting, escape, sanitiz, innerhtml, dangerouslysetinnerhtml',
      'content security policy: content security policy, csp',
      'CSRF: csrf, samesite, csrf token, origin',
      'token storage: localstorage, httponly, cookie',
      'dependency risk: dependenc, npm audit, supply chain',
    ],
    goodAnswer:
      'Escapes output and avoids raw HTML sinks, adds a CSP, uses SameSite cookies and CSRF tokens, stores tokens in HttpOnly cookies and audits dependencies.',
  },
  {
    id: 'fe-testing',
    skills: ['Jest', 'Vitest', 'Cypress', 'Playwright'],
    text: 'How do you test a front-end application? What goes into unit, component and end-to-end tests?',
    concepts: [
      'unit tests: unit test, pure function, jest, vitest',
      'component tests: component test, testing library, render, user event',
      'end-to-end tests: end-to-end, e2e, cypress, playwright, browser',
      'balance: pyramid, trophy, balance, flaky, fast',
      'mocking the network: mock, msw, stub, fixture',
    ],
    goodAnswer:
      'Unit tests for logic, component tests through user behaviour, a few end-to-end tests for critical flows, and network mocking to keep them stable.',
  },
  {
    id: 'fe-bundle-size',
    skills: ['Webpack', 'Vite'],
    text: 'The JavaScript bundle of your app has grown to several megabytes. How do you bring it down?',
    concepts: [
      'analysing the bundle: bundle analyzer, analyze, analyse, source-map-explorer, visualiz',
      'code splitting: code split, lazy, dynamic import, route-based, chunk',
      'tree shaking: tree shak, dead code, side effects, esm',
      'heavy dependencies: lighter, replace, moment, lodash, dependenc, polyfill',
      'compression and caching: gzip, brotli, minif, cache, content hash',
    ],
    goodAnswer: 'Measures with a bundle analyser, splits by route, enables tree shaking, replaces heavy libraries and serves compressed, long-cached assets.',
  },
  {
    id: 'fe-data-fetching',
    text: 'How do you handle loading, error and empty states, caching and race conditions when fetching data in the UI?',
    concepts: [
      'UI states: loading, error, empty, skeleton, spinner',
      'race conditions: race condition, abort, abortcontroller, stale response, cancel, ignore',
      'caching: cache, stale-while-revalidate, swr, react query, dedup',
      'retries and optimistic updates: retry, optimistic, rollback',
      'error boundaries: error boundary, fallback',
    ],
    goodAnswer: 'Models every state explicitly, cancels or ignores stale responses, caches with revalidation and recovers gracefully from errors.',
  },
  {
    id: 'fe-component-library',
    skills: ['Design Systems', 'Storybook', 'Web Components'],
    text: 'How do you design a reusable component library that several teams use?',
    concepts: [
      'component API design: props, api, composition, slot, children, variant',
      'theming: theme, design token, token, css variable, custom propert',
      'documentation: storybook, documentation, docs, examples',
      'versioning: semver, version, breaking change, changelog, migration',
      'accessibility: accessib, a11y, aria',
    ],
    goodAnswer: 'Small composable APIs, token-based theming, documented examples, semantic versioning with migration notes, and accessibility built in.',
  },
  {
    id: 'fe-complex-forms',
    text: 'How would you build a complex multi-step form with validation that gives users good feedback?',
    concepts: [
      'validation: validat, schema, zod, yup, client-side, server-side',
      'feedback to the user: inline error, error message, on blur, real-time, feedback',
      'saving progress: persist, save, draft, local storage, step',
      'accessibility: label, aria, focus, screen reader',
      'submission: disable, double submit, loading, idempoten',
    ],
    goodAnswer: 'Shared schema validation on client and server, clear inline errors, saved progress between steps, accessible labels and safe submission.',
  },
  {
    id: 'fe-typescript',
    skills: ['TypeScript'],
    text: 'How does TypeScript help in a large front-end codebase, and how do you type API responses and component props safely?',
    concepts: [
      'static safety: compile time, type error, refactor, static',
      'generics and unions: generic, union, discriminated, narrowing, type guard',
      'runtime validation: runtime, zod, validat, io-ts, parse',
      'strictness: strict, any, unknown, noimplicitany',
      'generated types: openapi, codegen, generate',
    ],
    goodAnswer: 'Strict mode, discriminated unions and narrowing, validating untrusted API data at runtime, and generating types from the API contract.',
  },
  {
    id: 'fe-url-to-pixels',
    text: 'What happens between typing a URL in the browser and seeing the page rendered?',
    concepts: [
      'network: dns, tcp, tls, http request, handshake',
      'parsing: parse, html, dom, cssom',
      'render pipeline: render tree, layout, paint, composit',
      'scripts: script, blocking, defer, async',
      'caching: cache, service worker, cdn',
    ],
    goodAnswer: 'DNS, TCP and TLS, the HTTP exchange, parsing HTML and CSS into the DOM and CSSOM, scripts, then layout, paint and compositing.',
  },
  {
    id: 'fe-live-updates',
    skills: ['WebSockets'],
    text: 'How would you show live updates in a web app, such as a dashboard or a chat? Compare polling, Server-Sent Events and WebSockets.',
    concepts: [
      'polling: poll, long poll, interval',
      'server-sent events: server-sent, sse, eventsource, one-way',
      'WebSockets: websocket, bidirectional, full-duplex',
      'reconnection: reconnect, backoff, heartbeat, missed messages',
      'scaling: sticky, pub/sub, fan-out, redis',
    ],
    goodAnswer: 'Matches the transport to the direction and frequency of updates, and handles reconnection, missed messages and fan-out on the server.',
  },
]);
