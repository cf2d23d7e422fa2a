import { describe, expect, it } from 'vitest';
import { type Bulletin, buildBulletin, bulletinCharts, bulletinCsv, bulletinHtml, wan } from './bulletin.ts';
import type { GroupLabels } from './dimensions.ts';
import { approval, feedback, pushed } from './events.fixture.ts';
import { type EnterpriseDimensions, feedbackFacts, pushFacts } from './facts.ts';
import { summarise } from './summary.ts';

const labels: GroupLabels = {
  township: { '999101002': '青石镇' },
  bank: { 'bank-gs': '工商银行"临山"分行' },
};
const dims: EnterpriseDimensions = { township: '999101002', industry: 'C', noLoanHousehold: false };

function bulletin(): Bulletin {
  const facts = [
    ...pushFacts(pushed('p1', 'E1', 'bank-gs', '2026-03-03T01:00:00.000Z'), dims),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 1,
        stage: 'approved',
        on: '2026-03-05',
        approved: approval(123_456_000, '3.45', true),
      }),
      dims,
    ),
  ];
  const week = { from: '2026-03-02', to: '2026-03-08' };
  return buildBulletin({
    weekStart: week.from,
    weekEnd: week.to,
    generatedAt: '2026-03-08T17:00:00.000Z',
    summaries: {
      township: summarise(facts, { ...week, groupBy: 'township' }, labels),
      industry: summarise(facts, { ...week, groupBy: 'industry' }, labels),
      bank: summarise(facts, { ...week, groupBy: 'bank' }, labels),
    },
    shouldBeInByTownship: [
      { key: '999101002', label: '青石镇', count: 4 },
      { key: '999101003', label: '柳塘乡', count: 0 },
    ],
    shouldBeLentByBank: [{ key: 'bank-gs', label: '工商银行"临山"分行', count: 1 }],
  });
}

describe('Function: buildBulletin', () => {
  it('totals the gap counts and leaves out empty groups', () => {
    // Act
    const b = bulletin();

    // Assess
    expect(b.gaps).toEqual({
      shouldBeIn: { total: 4, byTownship: [{ key: '999101002', label: '青石镇', count: 4 }] },
      shouldBeLent: { total: 1, byBank: [{ key: 'bank-gs', label: '工商银行"临山"分行', count: 1 }] },
    });
  });
});

describe('Function: wan', () => {
  it.each([
    ['123456000', '123.46'],
    ['123445000', '123.45'],
    ['5000', '0.01'],
    ['4999', '0.00'],
    ['0', '0.00'],
    ['900719925474099300', '900719925474.10'],
  ])('%s fen → %s 万元', (fen, expected) => {
    expect(wan(fen)).toBe(expected);
  });
});

describe('Function: bulletinCsv', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs it', () => {
    // Act
    const csv = bulletinCsv(bulletin());

    // Assess
    expect(csv.startsWith('\uFEFF小微企业融资协调工作机制周通报 2026-03-02 至 2026-03-08\r\n')).toBe(true);
    expect(csv.split('\r\n')).toContain(
      '"工商银行""临山""分行",0,0,1,0,1,123.46,0,0,0.00,0,100.00,3.4500,3.4500,0',
    );
    expect(csv).toContain('\r\n应进未进(按乡镇),户数\r\n青石镇,4\r\n合计,4\r\n');
    expect(csv).not.toMatch(/[^\r]\n/);
  });
});

describe('Function: bulletinHtml', () => {
  it('is a printable page with every table and escaped labels', () => {
    // Act
    const html = bulletinHtml(bulletin());

    // Assess
    expect(html).toContain('<title>小微企业融资协调工作机制周通报(2026-03-02 至 2026-03-08)</title>');
    expect(html).toContain('@page { size: A4 landscape');
    expect(html.match(/<table>/g)).toHaveLength(5);
    expect(html).toContain('<td>工商银行&quot;临山&quot;分行</td>');
    expect(html).not.toContain('<script');
  });
});

describe('Function: bulletinCharts', () => {
  it('draws the week per township and per bank as inline SVG bars, printed before the tables', () => {
    // Act
    const b = bulletin();
    const charts = bulletinCharts(b);
    const html = bulletinHtml(b);

    // Assess: 123.46 万元 approved at the one bank; its bar fills 123.46 / 200 of the 500-wide plot.
    expect(charts).toHaveLength(3);
    expect(charts[1]).toContain('本周分银行授信金额(万元)');
    expect(charts[1]).toContain('width="308.7"');
    expect(charts[1]).toContain('>工商银行&quot;临山&quot;分行</text>');
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html.indexOf('<svg ')).toBeLessThan(html.indexOf('<table>'));
  });
});
