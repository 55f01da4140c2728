import { svg, type SVGTemplateResult } from 'lit';

/**
 * A small bar chart as inline SVG. Bars scale to the largest value; each bar has a <title>
 * so values are readable by pointer and screen reader (the figure also gets a text summary).
 */
export function barChart(options: {
  values: number[];
  labels: string[];
  width?: number;
  height?: number;
  label: string;
}): SVGTemplateResult {
  const width = options.width ?? 280;
  const height = options.height ?? 90;
  const max = Math.max(1, ...options.values);
  const slot = width / Math.max(1, options.values.length);
  const barWidth = Math.max(2, slot * 0.7);
  return svg`<svg viewBox="0 0 ${width} ${height + 16}" width="100%" height="${height + 16}" role="img" aria-label=${options.label} part="chart">
    ${options.values.map((value, index) => {
      const barHeight = Math.round((value / max) * height);
      const x = index * slot + (slot - barWidth) / 2;
      return svg`<g>
        <rect class="bar" x=${x} y=${height - barHeight} width=${barWidth} height=${Math.max(barHeight, value > 0 ? 1 : 0)} rx="2">
          <title>${options.labels[index]}: ${value}</title>
        </rect>
        <text class="axis" x=${x + barWidth / 2} y=${height + 12} text-anchor="middle">${options.labels[index]}</text>
      </g>`;
    })}
  </svg>`;
}
