import { svg, type SVGTemplateResult } from 'lit';

/** One bar of the report chart. */
export interface ScoreBar {
  label: string;
  /** 0–10. */
  score: number;
}

const ROW_HEIGHT = 32;
const LABEL_WIDTH = 110;
const BAR_WIDTH = 220;
const VALUE_WIDTH = 50;
const BAR_HEIGHT = 16;

/**
 * A horizontal bar chart of scores out of 10 as inline SVG: no chart library, prints well,
 * and its text comes from `aria-label`/`<title>` so that screen readers read the numbers.
 */
export function renderScoreChart(bars: readonly ScoreBar[], options: { label: string; format: (score: number) => string }): SVGTemplateResult {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT;
  const description = bars.map((bar) => `${bar.label}: ${options.format(bar.score)} / 10`).join(', ');
  return svg`<svg
    class="coach__chart"
    part="report-chart"
    viewBox="0 0 ${width} ${height}"
    width="100%"
    role="img"
    aria-label=${`${options.label}. ${description}`}
    preserveAspectRatio="xMinYMin meet"
  >
    <title>${`${options.label}. ${description}`}</title>
    ${bars.map((bar, index) => {
      const y = index * ROW_HEIGHT;
      const clamped = Math.max(0, Math.min(10, bar.score));
      return svg`<g class="coach__chart-row" data-score=${bar.score}>
        <text x="0" y=${y + ROW_HEIGHT / 2} dominant-baseline="middle" class="coach__chart-label">${bar.label}</text>
        <rect x=${LABEL_WIDTH} y=${y + (ROW_HEIGHT - BAR_HEIGHT) / 2} width=${BAR_WIDTH} height=${BAR_HEIGHT} rx="3" class="coach__chart-track"></rect>
        <rect x=${LABEL_WIDTH} y=${y + (ROW_HEIGHT - BAR_HEIGHT) / 2} width=${(BAR_WIDTH * clamped) / 10} height=${BAR_HEIGHT} rx="3" class="coach__chart-bar"></rect>
        <text x=${width} y=${y + ROW_HEIGHT / 2} dominant-baseline="middle" text-anchor="end" class="coach__chart-value">${options.format(bar.score)}</text>
      </g>`;
    })}
  </svg>`;
}
