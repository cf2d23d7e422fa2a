import { describe, expect, it } from 'vitest';
import { barChartSvg, lineChartSvg, niceCeiling } from './charts.ts';

describe('Function: niceCeiling', () => {
  it('rounds up to 1, 2 or 5 × 10ⁿ, exact values staying put', () => {
    expect([0, -3, 0.3, 1, 1.01, 2, 37, 50, 51, 999, 1000].map(niceCeiling)).toEqual([
      1, 1, 0.5, 1, 2, 2, 50, 50, 100, 1000, 1000,
    ]);
  });
});

describe('Function: lineChartSvg', () => {
  it('places each value on a 0-based axis: x spread over the plot, y from the round top', () => {
    // Act: 720 × 280, plot x 48…704, y 40…224; top of axis niceCeiling(10) = 10.
    const svg = lineChartSvg({
      title: '每日推送',
      labels: ['12-01', '12-02', '12-03'],
      series: [
        { name: '推送', values: [0, 5, 10] },
        { name: '授信', values: [1, 1, 2] },
      ],
    });

    // Assess
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="720" height="280"')).toBe(true);
    expect(svg).toContain('points="48,224 376,132 704,40"');
    expect(svg).toContain('points="48,205.6 376,205.6 704,187.2"');
    expect(svg.match(/<circle /g)).toHaveLength(6);
    expect(svg).toContain('>12-02</text>');
    expect(svg).toContain('>10</text>'); // the axis top
    expect(svg).not.toMatch(/<script|href=/);
  });

  it('shows every label up to 16, then every n-th and the last (31 days: 1, 3, … 31)', () => {
    const labels = Array.from({ length: 31 }, (_, i) => `d${i + 1}`);
    const svg = lineChartSvg({ title: 't', labels, series: [{ name: 's', values: labels.map(() => 0) }] });
    const shown = [...svg.matchAll(/>(d\d+)<\/text>/g)].map((m) => m[1]);
    expect(shown).toEqual(labels.filter((_, i) => i % 2 === 0));
    expect(svg).toContain('points="48,224'); // all zero: the axis still runs 0…1
  });

  it('escapes text it is given', () => {
    expect(lineChartSvg({ title: 'a<b&"c"', labels: [], series: [] })).toContain('a&lt;b&amp;&quot;c&quot;');
  });
});

describe('Function: barChartSvg', () => {
  it('draws bars to scale with the target line, a missed bar in red', () => {
    // Act: plot x 150…650 (500 wide); top niceCeiling(max(19, 18)) = 20.
    const svg = barChartSvg({
      title: '信用贷款占比(%)',
      unit: '%',
      bars: [
        { label: '工商银行临山分行', value: 19 },
        { label: '临山市商业银行', value: 10, missed: true },
      ],
      target: { value: 18, label: '目标 ≥18%' },
    });

    // Assess
    expect(svg).toContain('<rect x="150" y="39" width="475" height="16" fill="#1f4e79">');
    expect(svg).toContain('<rect x="150" y="63" width="250" height="16" fill="#c00000">');
    expect(svg).toContain('<line x1="600" y1="32" x2="600" y2="84" stroke="#c00000"');
    expect(svg).toContain('>19%</text>');
    expect(svg).toContain('>目标 ≥18%</text>');
    expect(svg).toContain('height="112"'); // 36 + 2 rows × 24 + 28
  });

  it('says so when there is nothing to draw, and never draws a negative bar', () => {
    expect(barChartSvg({ title: 't', bars: [] })).toContain('无数据');
    expect(barChartSvg({ title: 't', bars: [{ label: 'x', value: -5 }] })).toContain('width="0"');
  });
});
