import { svg, type SVGTemplateResult } from 'lit';

/** Options of {@link barChart}. */
export interface BarChartOptions {
  values: readonly number[];
  /** One axis label per value. */
  labels: readonly string[];
  /** The chart's accessible name; the axis and the values are appended to it. */
  label: string;
  /** What the horizontal axis shows, for screen readers, e.g. "score from 0 to 10". */
  axis?: string;
  /** The `part` of the `<svg>` (besides `chart`). */
  part: string;
  /** The value of a full bar. @default the largest value (at least 1) */
  max?: number;
  /** How a value reads on the chart. @default String(value) */
  formatValue?: (value: number) => string;
  /** How a value reads in the accessible name and the tooltips, e.g. "3 reports". @default formatValue */
  describeValue?: (value: number) => string;
  /** @default 92 */
  height?: number;
  /** Writes every n-th axis label (counted back from the last), where labels would overlap. @default 1 */
  labelEvery?: number;
}

/** Width of the plot in SVG units; the chart is never drawn narrower (see the `.chart` styles), so 12 units are at least 12 px. */
export const CHART_WIDTH = 320;
const AXIS = 18;
const VALUE_LABEL = 16;
/** Room beside the first and last bar for their centred labels. */
const SIDE = 18;

/**
 * A small inline SVG bar chart. An empty bin is only the baseline, so nothing that is not
 * data looks like data. Each bar has a `<title>` and `data-label`/`data-value` attributes;
 * the whole chart is one image whose accessible name gives the axis and every value, so a
 * screen reader gets the numbers without walking the shapes.
 */
export function barChart(options: BarChartOptions): SVGTemplateResult {
  const { values, labels } = options;
  const format = options.formatValue ?? ((value: number) => String(value));
  const describe = options.describeValue ?? format;
  const plot = options.height ?? 92;
  const max = options.max ?? Math.max(1, ...values);
  const slot = CHART_WIDTH / Math.max(1, values.length);
  const barWidth = Math.max(3, Math.min(36, slot * 0.7));
  const labelEvery = Math.max(1, options.labelEvery ?? 1);
  const summary = values.map((value, index) => `${labels[index] ?? index}: ${describe(value)}`).join(', ');
  const base = VALUE_LABEL + plot;
  return svg`<svg part="chart ${options.part}" class="chart" viewBox="${-SIDE} 0 ${CHART_WIDTH + 2 * SIDE} ${base + AXIS}" preserveAspectRatio="xMidYMid meet" role="img"
    aria-label=${`${options.label}.${options.axis ? ` ${options.axis}.` : ''} ${summary}`}>
    <line class="baseline" x1="0" x2=${CHART_WIDTH} y1=${base + 0.5} y2=${base + 0.5}></line>
    ${values.map((value, index) => {
      const x = index * slot + (slot - barWidth) / 2;
      const barHeight = value > 0 ? Math.max(2, Math.round((Math.min(value, max) / max) * plot)) : 0;
      const label = labels[index] ?? String(index);
      return svg`<g data-label=${label} data-value=${value}>
        <title>${label}: ${describe(value)}</title>
        ${
          value > 0
            ? svg`<rect class="bar" x=${x} y=${base - barHeight} width=${barWidth} height=${barHeight} rx="2"></rect>
              <text class="value" x=${x + barWidth / 2} y=${base - barHeight - 3} text-anchor="middle">${format(value)}</text>`
            : null
        }
        ${
          (values.length - 1 - index) % labelEvery === 0
            ? svg`<text class="axis" x=${x + barWidth / 2} y=${base + AXIS - 3} text-anchor="middle">${label}</text>`
            : null
        }
      </g>`;
    })}
  </svg>`;
}
