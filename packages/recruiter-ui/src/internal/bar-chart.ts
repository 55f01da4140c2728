import { svg, type SVGTemplateResult } from 'lit';

/** Options of {@link barChart}. */
export interface BarChartOptions {
  values: readonly number[];
  /** One axis label per value. */
  labels: readonly string[];
  /** The chart's accessible name; the values are appended to it. */
  label: string;
  /** The `part` of the `<svg>` (besides `chart`). */
  part: string;
  /** The value of a full bar. @default the largest value (at least 1) */
  max?: number;
  /** How a value reads in the accessible name and the tooltips. @default String(value) */
  formatValue?: (value: number) => string;
  /** @default 92 */
  height?: number;
  /** Writes every n-th axis label (counted back from the last), where labels would overlap. @default 1 */
  labelEvery?: number;
}

const WIDTH = 320;
const AXIS = 16;
const VALUE_LABEL = 12;
/** Room beside the first and last bar for their centred labels. */
const SIDE = 14;

/**
 * A small inline SVG bar chart. Each bar has a `<title>` and `data-label`/`data-value`
 * attributes; the whole chart is one image whose accessible name lists every value, so a
 * screen reader gets the numbers without walking the shapes.
 */
export function barChart(options: BarChartOptions): SVGTemplateResult {
  const { values, labels } = options;
  const format = options.formatValue ?? ((value: number) => String(value));
  const plot = options.height ?? 92;
  const max = options.max ?? Math.max(1, ...values);
  const slot = WIDTH / Math.max(1, values.length);
  const barWidth = Math.max(3, Math.min(36, slot * 0.7));
  const labelEvery = Math.max(1, options.labelEvery ?? 1);
  const summary = values.map((value, index) => `${labels[index] ?? index}: ${format(value)}`).join(', ');
  return svg`<svg part="chart ${options.part}" class="chart" viewBox="${-SIDE} 0 ${WIDTH + 2 * SIDE} ${plot + AXIS + VALUE_LABEL}" preserveAspectRatio="xMidYMid meet" role="img" aria-label=${`${options.label}. ${summary}`}>
    ${values.map((value, index) => {
      const x = index * slot + (slot - barWidth) / 2;
      const barHeight = value > 0 ? Math.max(1, Math.round((Math.min(value, max) / max) * plot)) : 0;
      const label = labels[index] ?? String(index);
      return svg`<g data-label=${label} data-value=${value}>
        <title>${label}: ${format(value)}</title>
        <rect class="track" x=${x} y=${VALUE_LABEL} width=${barWidth} height=${plot} rx="2"></rect>
        <rect class="bar" x=${x} y=${VALUE_LABEL + plot - barHeight} width=${barWidth} height=${barHeight} rx="2"></rect>
        ${value > 0 ? svg`<text class="value" x=${x + barWidth / 2} y=${VALUE_LABEL + plot - barHeight - 2} text-anchor="middle">${format(value)}</text>` : null}
        ${(values.length - 1 - index) % labelEvery === 0
          ? svg`<text class="axis" x=${x + barWidth / 2} y=${VALUE_LABEL + plot + AXIS - 4} text-anchor="middle">${label}</text>`
          : null}
      </g>`;
    })}
  </svg>`;
}
