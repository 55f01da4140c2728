/** Dispatches a Coach event the way every dashboard event is sent: bubbling and crossing shadow roots. */
export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
