import type { BrowserContext, Page } from 'playwright-core';

/** A recorded `coach-*` event, as a host page listening on `document` sees it. */
export interface RecordedEvent {
  type: string;
  detail: Record<string, unknown>;
  bubbles: boolean;
  composed: boolean;
}

/**
 * Records what the host page can observe: every `coach-*` event (listened to on `document`,
 * so only bubbling, composed events arrive), texts given to `speechSynthesis.speak`, and
 * calls to `window.print` (which would otherwise open a dialog).
 */
export async function instrumentPages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const scope = window as unknown as { coachEvents: unknown[]; spokenTexts: string[]; printCalls: number };
    scope.coachEvents = [];
    scope.spokenTexts = [];
    scope.printCalls = 0;
    for (const type of ['coach-session-start', 'coach-question-show', 'coach-answer-evaluate', 'coach-session-complete', 'coach-error']) {
      document.addEventListener(type, (event) => {
        const custom = event as CustomEvent<Record<string, unknown>>;
        scope.coachEvents.push({ type, detail: custom.detail, bubbles: custom.bubbles, composed: custom.composed });
      });
    }
    if ('speechSynthesis' in window) {
      speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        scope.spokenTexts.push(utterance.text);
      };
    }
    window.print = () => {
      scope.printCalls += 1;
    };
  });
}

export function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { coachEvents: RecordedEvent[] }).coachEvents);
}

export function spokenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts);
}

export function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

/** The `part` attribute (else the id, else the tag name) of the focused element, looking through open shadow roots. */
export function focusedPart(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? (active.getAttribute('part') ?? (active.id || active.tagName.toLowerCase())) : null;
  });
}
