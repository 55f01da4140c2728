import type { Coach, ReportSummary } from '@coach/core';

export interface ReportWatcherOptions {
  coach: Coach;
  /** How often to look for new reports. */
  intervalMs: number;
  /** Called once for each report created after the watcher started, oldest first. */
  onNewReport(report: ReportSummary): void | Promise<void>;
  /** Called when a look fails (the watcher keeps going). */
  onError?(error: unknown): void;
}

export interface ReportWatcher {
  /** Looks once, now; resolves when every new report has been handled. */
  poll(): Promise<void>;
  stop(): void;
}

/**
 * Notices finished interviews: every report appears in `coach.reports.list`, newest first, as
 * soon as the candidate gets their final feedback. Polling needs nothing from Coach but read
 * access, and works the same whether the interview ran in this process or another one.
 */
export function createReportWatcher(options: ReportWatcherOptions): ReportWatcher {
  const { coach } = options;
  const startedAt = coach.now().getTime();
  const seen = new Set<string>();
  let running: Promise<void> | null = null;

  const look = async () => {
    const fresh: ReportSummary[] = [];
    let cursor: string | null = null;
    // Newest first: read pages until one reaches reports that are seen or older than the start.
    do {
      const page = await coach.reports.list({ sort: 'newest', limit: 50, cursor });
      const recent = page.reports.filter((report) => Date.parse(report.createdAt) >= startedAt);
      fresh.push(...recent.filter((report) => !seen.has(report.id)));
      const reachedKnown = recent.length < page.reports.length || recent.some((report) => seen.has(report.id));
      cursor = reachedKnown ? null : page.nextCursor;
    } while (cursor);
    for (const report of fresh.reverse()) {
      seen.add(report.id);
      await options.onNewReport(report);
    }
  };

  const poll = () => {
    // One look at a time: a slow look is joined, never run twice in parallel.
    running ??= look()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void poll(), options.intervalMs);
  timer.unref();
  return { poll, stop: () => clearInterval(timer) };
}
