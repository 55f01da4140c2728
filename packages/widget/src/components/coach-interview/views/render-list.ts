import { html, nothing, type TemplateResult } from 'lit';

/** A titled bullet list of model-written text, or nothing when empty. Text only, never HTML. */
export function renderList(heading: string, items: readonly string[], part: string): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="coach__list-block" part=${part}>
    <h4 class="coach__subheading">${heading}</h4>
    <ul class="coach__list">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </div>`;
}

/** Quotes from the candidate's own answer that back a score. */
export function renderEvidence(heading: string, quotes: readonly string[]): TemplateResult | typeof nothing {
  if (quotes.length === 0) return nothing;
  return html`<div class="coach__list-block" part="evidence">
    <h4 class="coach__subheading">${heading}</h4>
    <ul class="coach__list coach__list--quotes">
      ${quotes.map((quote) => html`<li><q class="coach__quote">${quote}</q></li>`)}
    </ul>
  </div>`;
}
