import { html, type TemplateResult } from 'lit';
import { formatString } from '../../../strings.js';
import type { ViewContext } from './view-context.js';

/** The landing screen: the interviews a candidate can choose. */
export function renderChoose(context: ViewContext): TemplateResult {
  const { strings, session } = context;
  return html`<section class="coach__view" part="landing" aria-labelledby="coach-choose-heading">
    <h2 id="coach-choose-heading" class="coach__heading" tabindex="-1" data-autofocus>${strings.chooseHeading}</h2>
    <p class="coach__muted">${strings.chooseIntro}</p>
    ${
      session.interviews.length === 0
        ? html`<p>${strings.noInterviews}</p>`
        : html`<ul class="coach__choices" part="demo-list">
          ${session.interviews.map(
            (interview) => html`<li class="coach__choice" part="demo">
              <h3 class="coach__choice-title">${interview.title}</h3>
              <p class="coach__muted">${interview.description}</p>
              <button
                type="button"
                class="coach__button coach__button--primary"
                part="button demo-button"
                aria-label=${formatString(strings.chooseButtonLabel, { title: interview.title })}
                ?disabled=${session.busy !== null}
                @click=${() => session.choose(interview)}
              >
                ${strings.chooseButton}
              </button>
            </li>`,
          )}
        </ul>`
    }
  </section>`;
}
