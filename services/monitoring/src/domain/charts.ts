/**
 * Charts for the printed reports, drawn as inline SVG on the server: the page prints as it shows, with
 * no script, no browser and no external asset. Each function is pure (data in, markup out); numbers are
 * plain `number`s already rounded for display (amounts in 万元, shares in percent).
 */

/** Colours that stay apart in greyscale print too (dark, mid, light) and a red for targets. */
const palette = ['#1f4e79', '#c55a11', '#7f7f7f', '#548235'];
const targetColour = '#c00000';
const font = 'font-family="SimSun, Songti SC, serif"';

const escapeXml = (value: string | number) =>
  String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Coordinates to one decimal: enough for print, short markup. */
const r1 = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The smallest 1, 2 or 5 × 10ⁿ at or above the value: the top of an axis. 0 and below give 1.
 *
 * @example
 * niceCeiling(37); // 50
 */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * magnitude + 1e-9 * magnitude) return step * magnitude;
  return 10 * magnitude;
}

/** Axis value as printed: integers plain, others with at most 2 decimals. */
const tick = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

export interface LineSeries {
  name: string;
  values: readonly number[];
}

/**
 * A trend: one polyline per series over shared x labels (dates), a y axis from 0 with 5 grid lines,
 * a point per value and a legend. Every x label is shown when there are at most 16, else every
 * `ceil(n / 16)`-th and the last, so a month's days stay legible.
 *
 * @example
 * lineChartSvg({ title: '每日推送', labels: ['12-01', '12-02'], series: [{ name: '推送', values: [3, 5] }] });
 */
export function lineChartSvg(args: {
  title: string;
  labels: readonly string[];
  series: readonly LineSeries[];
  width?: number;
  height?: number;
}): string {
  const width = args.width ?? 720;
  const height = args.height ?? 280;
  const left = 48;
  const right = 16;
  const top = 40;
  const bottom = 56;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = args.labels.length;
  const max = niceCeiling(Math.max(0, ...args.series.flatMap((s) => s.values)));
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number) => top + plotH - (plotH * v) / max;
  const parts: string[] = [
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" ${font}>${escapeXml(args.title)}</text>`,
  ];
  for (let g = 0; g <= 5; g++) {
    const value = (max * g) / 5;
    const gy = r1(y(value));
    parts.push(
      `<line x1="${left}" y1="${gy}" x2="${width - right}" y2="${gy}" stroke="#d9d9d9" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${gy}" dy="4" text-anchor="end" font-size="10" ${font}>${tick(value)}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(n / 16));
  args.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    parts.push(
      `<text x="${r1(x(i))}" y="${top + plotH + 16}" text-anchor="middle" font-size="10" ${font}>${escapeXml(label)}</text>`,
    );
  });
  args.series.forEach((s, k) => {
    const colour = palette[k % palette.length];
    const points = s.values.map((v, i) => `${r1(x(i))},${r1(y(v))}`);
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"><title>${escapeXml(s.name)}</title></polyline>`,
      ...s.values.map((v, i) => `<circle cx="${r1(x(i))}" cy="${r1(y(v))}" r="2.5" fill="${colour}"/>`),
    );
    const lx = left + k * 120;
    const ly = height - 14;
    parts.push(
      `<rect x="${lx}" y="${ly - 8}" width="14" height="4" fill="${colour}"/>`,
      `<text x="${lx + 20}" y="${ly}" font-size="11" ${font}>${escapeXml(s.name)}</text>`,
    );
  });
  return svg(width, height, args.title, parts);
}

export interface Bar {
  label: string;
  value: number;
  /** Marks a bar that misses its target (drawn in the target colour). */
  missed?: boolean;
}

/**
 * Horizontal bars, one per row (bank or township names stay readable), each with its value at its end;
 * an optional target drawn as a dashed vertical line with its label. The axis runs from 0 to a round
 * number above the largest value and the target.
 *
 * @example
 * barChartSvg({ title: '信用贷款占比(%)', bars: [{ label: '工商银行', value: 19 }], target: { value: 18, label: '目标 18%' } });
 */
export function barChartSvg(args: {
  title: string;
  bars: readonly Bar[];
  unit?: string;
  target?: { value: number; label: string };
  width?: number;
}): string {
  const width = args.width ?? 720;
  const left = 150;
  const right = 70;
  const top = 36;
  const rowH = 24;
  const height = top + Math.max(1, args.bars.length) * rowH + 28;
  const plotW = width - left - right;
  const max = niceCeiling(Math.max(0, args.target?.value ?? 0, ...args.bars.map((b) => b.value)));
  const x = (v: number) => left + (plotW * Math.max(0, v)) / max;
  const unit = args.unit ?? '';
  const parts: string[] = [
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" ${font}>${escapeXml(args.title)}</text>`,
    `<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${top + args.bars.length * rowH}" stroke="#000" stroke-width="1"/>`,
  ];
  if (args.bars.length === 0)
    parts.push(`<text x="${left + 8}" y="${top + 16}" font-size="11" ${font}>无数据</text>`);
  args.bars.forEach((b, i) => {
    const by = top + i * rowH;
    const w = x(b.value) - left;
    parts.push(
      `<text x="${left - 6}" y="${by + 15}" text-anchor="end" font-size="11" ${font}>${escapeXml(b.label)}</text>`,
      `<rect x="${left}" y="${by + 3}" width="${r1(w)}" height="${rowH - 8}" fill="${b.missed ? targetColour : palette[0]}"><title>${escapeXml(`${b.label} ${tick(b.value)}${unit}`)}</title></rect>`,
      `<text x="${r1(left + w + 4)}" y="${by + 15}" font-size="10" ${font}>${escapeXml(`${tick(b.value)}${unit}`)}</text>`,
    );
  });
  const axisY = top + args.bars.length * rowH;
  parts.push(
    `<text x="${left}" y="${axisY + 14}" text-anchor="middle" font-size="10" ${font}>0</text>`,
    `<text x="${left + plotW}" y="${axisY + 14}" text-anchor="middle" font-size="10" ${font}>${tick(max)}${escapeXml(unit)}</text>`,
  );
  if (args.target) {
    const tx = r1(x(args.target.value));
    parts.push(
      `<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${axisY}" stroke="${targetColour}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${tx}" y="${axisY + 24}" text-anchor="middle" font-size="10" fill="${targetColour}" ${font}>${escapeXml(args.target.label)}</text>`,
    );
  }
  return svg(width, height, args.title, parts);
}

function svg(width: number, height: number, title: string, parts: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">\n${parts.join('\n')}\n</svg>`;
}
