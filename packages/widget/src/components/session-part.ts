import { css, LitElement } from 'lit';
import type { SessionController } from '../controllers/session-controller.js';
import type { CoachStrings } from '../strings.js';
import { coachTheme } from '../themes/coach-theme.js';
import { coachInterviewStyles } from './coach-interview/coach-interview.styles.js';

/** What the .coach wrapper of `<coach-interview>` gives its views, inside a part's own shadow root. */
const sessionPartStyles = css`
  :host {
    display: block;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  p {
    margin: 0;
  }
`;

/**
 * A piece of `<coach-interview>` that is an element of its own, so that it can be loaded on
 * first use (`<coach-dsa-round>`, `<coach-report>`): the host renders it with its session,
 * strings and score format, and a tick that changes on every render of the host.
 */
export class SessionPart extends LitElement {
  static override properties = {
    session: { attribute: false },
    strings: { attribute: false },
    formatScore: { attribute: false },
    tick: { attribute: false },
  };

  static override styles = [coachTheme, coachInterviewStyles, sessionPartStyles];

  /** The interview the host runs. */
  declare session: SessionController;
  /** The host's resolved strings. */
  declare strings: CoachStrings;
  /** Formats a score in the host's language. */
  declare formatScore: (score: number) => string;
  /** Changes whenever the host renders, so the part renders the session's news too. */
  declare tick: number;
}
