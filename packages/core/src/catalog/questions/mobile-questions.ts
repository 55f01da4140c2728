import { defineQuestions } from './question-types.js';

/** Technical questions for mobile engineers. */
export const MOBILE_QUESTIONS = defineQuestions('mobile', 'technical', [
  {
    id: 'mo-lifecycle',
    skills: ['Android', 'iOS', 'Flutter', 'React Native'],
    text: 'Explain the app lifecycle on {skill} and how you preserve user state when the system kills your app in the background.',
    concepts: [
      'lifecycle states: lifecycle, foreground, background, oncreate, onpause, onresume, scenedelegate, appdelegate, suspended',
      'process death: process death, killed, terminated, memory pressure',
      'saving state: savedinstancestate, viewmodel, saved state, state restoration, persist, remembersaveable',
      'configuration changes: rotation, configuration change',
      'testing it: test, don’t keep activities, simulate',
    ],
    goodAnswer: 'Describes the lifecycle callbacks, that the OS can kill a backgrounded process, and how UI and draft state is saved and restored.',
  },
  {
    id: 'mo-offline-sync',
    skills: ['SQLite', 'Core Data', 'Firebase'],
    text: 'How would you design a mobile app that works offline and syncs when the connection returns?',
    concepts: [
      'local storage: local database, sqlite, room, core data, realm, cache',
      'pending changes: queue, outbox, pending, background sync, workmanager',
      'conflict resolution: conflict, last write wins, merge, version, timestamp',
      'connectivity: connectivity, network state, retry, backoff',
      'user experience: offline indicator, optimistic, sync status',
    ],
    goodAnswer: 'A local database as source of truth, an outbox of pending changes synced in the background, and an explicit conflict policy.',
  },
  {
    id: 'mo-scroll-jank',
    text: 'Users report that your app’s scrolling lists stutter. How do you find and fix the cause?',
    concepts: [
      'profiling: profiler, instruments, systrace, perfetto, flipper, devtools',
      'main-thread budget: main thread, ui thread, jank, frame, 16ms, 60',
      'cell recycling: recycl, recyclerview, lazycolumn, reuse, cell reuse, flatlist, keys',
      'images: image, decode, cache, downsampl, resize',
      'layout cost: layout, overdraw, nested, measure',
    ],
    goodAnswer: 'Profiles frames, moves work off the main thread, recycles cells with stable keys, decodes and caches images at display size.',
  },
  {
    id: 'mo-architecture',
    text: 'Which architecture do you use to structure a mobile app, such as MVVM or unidirectional data flow, and why?',
    concepts: [
      'named pattern: mvvm, mvi, mvc, viper, redux, bloc, tca, unidirectional',
      'separation of layers: separation, view, viewmodel, repository, domain, layer',
      'testability: testab, unit test, mock',
      'state streams: state, observable, livedata, flow, stateflow, combine, publisher',
      'dependency injection: dependency injection, hilt, dagger, koin, resolver',
    ],
    goodAnswer: 'A named pattern with clear layers, observable state flowing one way, injected dependencies and testable view models.',
  },
  {
    id: 'mo-safe-release',
    skills: ['App Store'],
    text: 'How do you release mobile app updates safely, given that you cannot roll back a version users have already installed?',
    concepts: [
      'staged rollout: staged rollout, phased release, percentage',
      'remote switches: feature flag, remote config, kill switch',
      'monitoring: crash, crashlytics, sentry, analytics, anr',
      'API compatibility: backward compat, backwards compat, api version, force update, minimum version',
      'beta testing: testflight, beta, internal track, qa',
    ],
    goodAnswer: 'Beta tracks, phased rollouts watched through crash metrics, remote flags and kill switches, and APIs that support old versions.',
  },
  {
    id: 'mo-flaky-network',
    text: 'How do you make API calls from a mobile app robust on slow or flaky networks?',
    concepts: [
      'timeouts and retries: timeout, retry, backoff',
      'caching: cache, etag, offline',
      'payload size: pagination, compress, payload size, gzip',
      'cancellation: cancel, lifecycle, coroutine, task',
      'transport security: tls, certificate pinning, https',
    ],
    goodAnswer: 'Sensible timeouts, retries with backoff for idempotent calls, caching, small paginated payloads and lifecycle-aware cancellation.',
  },
  {
    id: 'mo-memory-leaks',
    text: 'How do you find and fix memory leaks in a mobile app?',
    concepts: [
      'tools: leakcanary, instruments, memory graph, profiler, heap dump',
      'typical causes: retain cycle, strong reference, context leak, static, listener, closure, activity',
      'fixes: weak, unowned, weakreference, unregister, dispose, lifecycle-aware',
      'images and caches: bitmap, image, cache, lru',
    ],
    goodAnswer:
      'Uses heap tools to find retained objects, explains retain cycles and leaked contexts, and fixes them with weak references and lifecycle-aware cleanup.',
  },
  {
    id: 'mo-secure-storage',
    text: 'How do you store sensitive data such as access tokens securely on a mobile device?',
    concepts: [
      'platform secure storage: keychain, keystore, encryptedsharedpreferences, secure enclave',
      'what to avoid: userdefaults, sharedpreferences, plain text, logs',
      'transport: tls, https, certificate pinning',
      'biometrics: biometric, face id, touch id',
      'hardening: obfuscat, proguard, r8, jailbreak, root detection',
    ],
    goodAnswer: 'Keychain or Keystore for secrets, never plain preferences or logs, TLS (optionally pinned) and biometrics for sensitive actions.',
  },
  {
    id: 'mo-push-notifications',
    skills: ['Firebase'],
    text: 'How do push notifications work end to end, and what would you design for a reliable notification feature?',
    concepts: [
      'push services: apns, fcm, firebase cloud messaging',
      'device tokens: device token, registration token, refresh',
      'server side: server, send, payload, topic',
      'permission UX: permission, opt-in, prompt',
      'delivery semantics: silent, background, deep link, not guaranteed, collapse',
    ],
    goodAnswer:
      'APNs/FCM with token registration and refresh, a server that targets tokens or topics, thoughtful permission prompts, and no reliance on guaranteed delivery.',
  },
  {
    id: 'mo-background-work',
    skills: ['Kotlin', 'Swift', 'Dart', 'Android', 'iOS'],
    text: 'How do you run background work in {skill} without blocking the UI?',
    concepts: [
      'concurrency primitives: coroutine, dispatcher, async, await, gcd, dispatchqueue, isolate, executor, operationqueue',
      'main-thread rule: main thread, ui thread, mainactor',
      'deferrable work: workmanager, bgtaskscheduler, background task, jobscheduler',
      'cancellation: cancel, scope, lifecyclescope, viewmodelscope, structured concurrency',
      'race conditions: race, thread-safe, synchroniz',
    ],
    goodAnswer:
      'Uses the platform’s concurrency primitives off the main thread, scopes work to lifecycles for cancellation, and schedules deferrable work with the OS.',
  },
  {
    id: 'mo-cross-platform',
    skills: ['Flutter', 'React Native'],
    text: 'When would you choose a cross-platform framework such as Flutter or React Native over native development?',
    concepts: [
      'code sharing: share, single codebase, one codebase',
      'performance: performance, native, bridge, jsi',
      'platform features: native module, platform channel, platform api, bluetooth, camera',
      'team skills: team, skills, hire, javascript, dart',
      'platform conventions: platform conventions, look and feel, ui',
    ],
    goodAnswer: 'Weighs code sharing and team skills against performance needs, deep platform integrations and platform-specific UX.',
  },
  {
    id: 'mo-deep-links',
    text: 'How do you implement deep links in a mobile app, and what can go wrong?',
    concepts: [
      'link types: universal link, app link, custom scheme, url scheme',
      'domain verification: apple-app-site-association, assetlinks, verify, domain',
      'routing: route, navigation, parse, handle',
      'app not installed: deferred, not installed, fallback, store',
      'security: validat, malicious, auth',
    ],
    goodAnswer: 'Verified universal and app links, a central router, fallbacks when the app is missing, and validation of link parameters.',
  },
  {
    id: 'mo-testing',
    skills: ['Appium'],
    text: 'How do you test a mobile app, from unit tests to UI tests on real devices?',
    concepts: [
      'unit tests: unit test, junit, xctest, viewmodel',
      'UI tests: espresso, xcuitest, ui test, compose test, detox, appium',
      'devices: device farm, firebase test lab, emulator, simulator, real device',
      'flakiness: flaky, idling, wait, deterministic',
      'snapshot and manual testing: snapshot, screenshot, manual, beta',
    ],
    goodAnswer: 'Many fast unit tests, focused UI tests with proper synchronisation, and device-farm runs for fragmentation.',
  },
  {
    id: 'mo-startup-size',
    text: 'How would you reduce your app’s startup time and download size?',
    concepts: [
      'measurement: measure, cold start, time to first frame, macrobenchmark, instruments',
      'lazy initialisation: lazy, defer, initializ, initialis, background',
      'shrinking: app bundle, app thinning, r8, proguard, shrink, asset, on-demand',
      'dependencies: dependenc, sdk, library',
      'assets: vector, webp, compress',
    ],
    goodAnswer: 'Measures cold start, defers non-critical initialisation, shrinks code and assets, and audits heavy SDKs.',
  },
  {
    id: 'mo-accessibility',
    skills: ['Accessibility'],
    text: 'How do you make a mobile app accessible?',
    concepts: [
      'screen readers: voiceover, talkback, screen reader, content description, accessibilitylabel',
      'dynamic type: dynamic type, font scaling, text size',
      'contrast and touch targets: contrast, touch target, 44, 48dp',
      'testing: accessibility scanner, accessibility inspector, test',
      'semantics and focus order: focus order, semantic, traits, heading',
    ],
    goodAnswer:
      'Labels for screen readers, support for dynamic type, sufficient contrast and touch targets, logical focus order, and testing with the platform tools.',
  },
]);
