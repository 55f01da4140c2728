import type { BrowserContext, Page } from 'playwright-core';

/** A `coach-*` event as the page saw it. */
export interface RecordedEvent {
  type: string;
  detail: Record<string, unknown>;
}

const EVENTS = ['coach-report-open', 'coach-decision-change', 'coach-report-delete', 'coach-error'];

/** Records every `coach-*` event at the document, which only composed, bubbling events reach. */
export async function instrumentPages(context: BrowserContext): Promise<void> {
  await context.addInitScript((names: string[]) => {
    const store: { type: string; detail: unknown }[] = [];
    Object.defineProperty(window, '__coachEvents', { value: store });
    for (const name of names) {
      document.addEventListener(name, (event) => {
        store.push({ type: event.type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) });
      });
    }
  }, EVENTS);
}

export function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { __coachEvents: RecordedEvent[] }).__coachEvents.slice());
}

/** The `part` of the element that has the focus, looking through open shadow roots. */
export function focusedPart(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? (active.getAttribute('part') ?? (active.id || active.tagName.toLowerCase())) : null;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element has `part` `target`. */
export async function tabTo(page: Page, target: string, options: { backwards?: boolean; maxPresses?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < (options.maxPresses ?? 40); presses += 1) {
    await page.keyboard.press(key);
    if ((await focusedPart(page))?.split(' ').includes(target)) return;
  }
  throw new Error(`${key} never reached the part "${target}" (focus is on "${await focusedPart(page)}")`);
}
