import { describe, expect, it } from 'vitest';
import type { GroupLabels } from './dimensions.ts';
import { approval, deadline, declarationChanged, feedback, pushed, wan } from './events.fixture.ts';
import {
  deadlineFacts,
  declarationFacts,
  type EnterpriseDimensions,
  type Fact,
  feedbackFacts,
  pushFacts,
  unknownEnterprise,
} from './facts.ts';
import { measure, rangeIssues, summarise } from './summary.ts';

const labels: GroupLabels = {
  township: { '999101002': '青石镇', '999101003': '柳塘乡' },
  bank: { 'bank-gs': '工商银行临山分行', 'bank-nh': '农业银行临山分行' },
};

// E1 and E2: 青石镇, manufacturing; E1 is a no-loan household. E3: 柳塘乡, wholesale and retail.
const e1: EnterpriseDimensions = { township: '999101002', industry: 'C', noLoanHousehold: true };
const e2: EnterpriseDimensions = { township: '999101002', industry: 'C', noLoanHousehold: false };
const e3: EnterpriseDimensions = { township: '999101003', industry: 'F', noLoanHousehold: false };

/**
 * One week of March 2026: three declarations (2nd–4th), two sign-offs (5th), three pushes (6th),
 * p1 contacted twice then approved 200万 at 3.45% as a credit loan and disbursed 120万 + 80万,
 * p3 approved 100万 at 4.35% on mortgage and disbursed 100万, p2 rejected and its deadline
 * (due the 8th) breached.
 */
function week(): Fact[] {
  return [
    ...declarationFacts(declarationChanged('d-1', 'E1', 1, 'SCREENED', '2026-03-02T02:00:00.000Z'), e1),
    ...declarationFacts(declarationChanged('d-2', 'E2', 1, 'SCREENED', '2026-03-03T02:00:00.000Z'), e2),
    ...declarationFacts(declarationChanged('d-3', 'E3', 1, 'DECLARED', '2026-03-04T02:00:00.000Z'), e3),
    ...declarationFacts(
      declarationChanged('d-1', 'E1', 3, 'RECOMMENDED', '2026-03-05T02:00:00.000Z', 'REVIEWED'),
      e1,
    ),
    ...declarationFacts(
      declarationChanged('d-3', 'E3', 4, 'RECOMMENDED', '2026-03-05T03:00:00.000Z', 'REVIEWED'),
      e3,
    ),
    ...pushFacts(pushed('p1', 'E1', 'bank-gs', '2026-03-06T01:00:00.000Z'), e1),
    ...pushFacts(pushed('p2', 'E1', 'bank-nh', '2026-03-06T01:00:00.000Z'), e1),
    ...pushFacts(pushed('p3', 'E3', 'bank-gs', '2026-03-06T01:00:00.000Z'), e3),
    ...feedbackFacts(feedback('p1', 'E1', 'bank-gs', { seq: 1, stage: 'contacted', on: '2026-03-07' }), e1),
    ...feedbackFacts(feedback('p1', 'E1', 'bank-gs', { seq: 2, stage: 'contacted', on: '2026-03-08' }), e1),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 3,
        stage: 'approved',
        on: '2026-03-09',
        approved: approval(wan(200), '3.45', true),
      }),
      e1,
    ),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 4,
        stage: 'disbursed',
        on: '2026-03-09',
        disbursed: { amountFen: wan(120) },
      }),
      e1,
    ),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 5,
        stage: 'disbursed',
        on: '2026-03-10',
        disbursed: { amountFen: wan(80) },
      }),
      e1,
    ),
    ...feedbackFacts(
      feedback('p3', 'E3', 'bank-gs', {
        seq: 1,
        stage: 'approved',
        on: '2026-03-09',
        approved: approval(wan(100), '4.35', false),
      }),
      e3,
    ),
    ...feedbackFacts(
      feedback('p3', 'E3', 'bank-gs', {
        seq: 2,
        stage: 'disbursed',
        on: '2026-03-10',
        disbursed: { amountFen: wan(100) },
      }),
      e3,
    ),
    ...feedbackFacts(
      feedback('p2', 'E1', 'bank-nh', {
        seq: 1,
        stage: 'rejected',
        on: '2026-03-10',
        rejected: { reasonCodes: ['high-leverage'], reasonText: '负债率过高', repairSuggestions: [] },
      }),
      e1,
    ),
    ...deadlineFacts(deadline('p2', 'E1', 'bank-nh', '2026-03-08', 'nearing'), e1),
    ...deadlineFacts(deadline('p2', 'E1', 'bank-nh', '2026-03-08', 'breached'), e1),
  ];
}

const fullWeek = { from: '2026-03-02', to: '2026-03-10' } as const;

describe('Function: summarise', () => {
  it('measures every figure of the week in total', () => {
    // Act
    const { totals } = summarise(week(), { ...fullWeek, groupBy: 'township' }, labels);

    // Assess: approved 200万 + 100万 = 300万; credit loans 200万 of 300万 = 66.67%, 1 of 2 = 50.00%;
    // weighted rate (200 × 3.45 + 100 × 4.35) / 300 = 3.75; plain mean (3.45 + 4.35) / 2 = 3.90.
    expect(totals).toEqual({
      declared: 3,
      recommended: 2,
      pushed: 3,
      contacted: 1,
      approved: { count: 2, amountFen: '300000000' },
      rejected: 1,
      disbursed: { count: 2, amountFen: '300000000' },
      firstLoanHouseholds: 1,
      creditLoan: {
        count: 1,
        amountFen: '200000000',
        sharePercentOfCount: '50.00',
        sharePercentOfAmount: '66.67',
      },
      averageRatePercent: { amountWeighted: '3.7500', simpleMean: '3.9000' },
      deadlineBreaches: 1,
    });
  });

  it('groups by township with labels from the city', () => {
    // Act
    const summary = summarise(week(), { ...fullWeek, groupBy: 'township' }, labels);

    // Assess: 青石镇 has E1 and E2 (two declarations, one sign-off, p1 and p2); 柳塘乡 has E3.
    expect(
      summary.groups.map((g) => [
        g.key,
        g.label,
        g.measures.declared,
        g.measures.recommended,
        g.measures.pushed,
        g.measures.approved.amountFen,
        g.measures.deadlineBreaches,
      ]),
    ).toEqual([
      ['999101002', '青石镇', 2, 1, 2, '200000000', 1],
      ['999101003', '柳塘乡', 1, 1, 1, '100000000', 0],
    ]);
  });

  it('groups by GB/T 4754 section', () => {
    // Act
    const summary = summarise(week(), { ...fullWeek, groupBy: 'industry' }, labels);

    // Assess
    expect(
      summary.groups.map((g) => [g.key, g.label, g.measures.declared, g.measures.firstLoanHouseholds]),
    ).toEqual([
      ['C', '制造业', 2, 1],
      ['F', '批发和零售业', 1, 0],
    ]);
  });

  it('groups by bank, with the steps before any bank unattributed and last', () => {
    // Act
    const summary = summarise(week(), { ...fullWeek, groupBy: 'bank' }, labels);

    // Assess: bank-gs pushed p1 and p3 and approved both; bank-nh rejected p2 and breached its deadline.
    expect(
      summary.groups.map((g) => [
        g.key,
        g.measures.declared,
        g.measures.pushed,
        g.measures.approved.count,
        g.measures.rejected,
        g.measures.deadlineBreaches,
        g.measures.averageRatePercent.amountWeighted,
      ]),
    ).toEqual([
      ['bank-gs', 0, 2, 2, 0, 0, '3.7500'],
      ['bank-nh', 0, 1, 0, 1, 1, null],
      ['unattributed', 3, 0, 0, 0, 0, null],
    ]);
    expect(summary.groups[2]?.label).toBe('未归属');
  });

  it('includes both ends of the range and nothing outside it', () => {
    // Act: 5th–8th leaves out the declarations (2nd–4th), approvals (9th), breach (9th) and rejection (10th)
    const inner = summarise(week(), { from: '2026-03-05', to: '2026-03-08', groupBy: 'bank' }, labels).totals;
    const lastDay = summarise(
      week(),
      { from: '2026-03-09', to: '2026-03-09', groupBy: 'bank' },
      labels,
    ).totals;

    // Assess
    expect([inner.declared, inner.recommended, inner.pushed, inner.contacted, inner.approved.count]).toEqual([
      0, 2, 3, 1, 0,
    ]);
    expect(inner.deadlineBreaches).toBe(0);
    expect([lastDay.approved.count, lastDay.disbursed.amountFen, lastDay.deadlineBreaches]).toEqual([
      2,
      '120000000',
      1,
    ]);
  });

  it('counts a redelivered event once', () => {
    // Prepare: the 80万 tranche arrives twice (same eventId)
    const facts = week();
    const tranche = facts.find((f) => f.kind === 'disbursed' && f.amountFen === wan(80));
    if (!tranche) throw new Error('fixture');

    // Act
    const { totals } = summarise([...facts, { ...tranche }], { ...fullWeek, groupBy: 'bank' }, labels);

    // Assess: 120万 + 80万 + 100万, not + 80万 again
    expect(totals.disbursed).toEqual({ count: 2, amountFen: '300000000' });
  });

  it('counts a corrected approval once, with its latest amount and rate', () => {
    // Prepare: p1 re-approved at step 6 for 150万 at 3.65%
    const corrected = feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 6,
        stage: 'approved',
        on: '2026-03-10',
        approved: approval(wan(150), '3.65', true),
      }),
      e1,
    );

    // Act
    const { totals } = summarise([...week(), ...corrected], { ...fullWeek, groupBy: 'bank' }, labels);

    // Assess: 150 + 100 = 250万; weighted (150 × 3.65 + 100 × 4.35) / 250 = 982.5 / 250 = 3.93
    expect(totals.approved).toEqual({ count: 2, amountFen: '250000000' });
    expect(totals.averageRatePercent).toEqual({ amountWeighted: '3.9300', simpleMean: '4.0000' });
  });
});

describe('Function: measure', () => {
  it('leaves rates and shares empty without approvals', () => {
    // Act
    const m = measure(
      pushFacts(pushed('p9', 'E9', 'bank-gs', '2026-03-06T01:00:00.000Z'), unknownEnterprise),
    );

    // Assess
    expect(m.pushed).toBe(1);
    expect(m.averageRatePercent).toEqual({ amountWeighted: null, simpleMean: null });
    expect(m.creditLoan).toEqual({
      count: 0,
      amountFen: '0',
      sharePercentOfCount: null,
      sharePercentOfAmount: null,
    });
  });

  it('rounds shares half up to two places and rates to four', () => {
    // Prepare: three approvals of 100万 at 3.1%, 3.2% and 3.35%, the first a credit loan
    const facts = [
      ['q1', '3.1', true],
      ['q2', '3.2', false],
      ['q3', '3.35', false],
    ].flatMap(([pushId, rate, credit]) =>
      feedbackFacts(
        feedback(String(pushId), 'E2', 'bank-nh', {
          seq: 1,
          stage: 'approved',
          on: '2026-03-09',
          approved: approval(wan(100), String(rate), credit === true),
        }),
        e2,
      ),
    );

    // Act
    const m = measure(facts);

    // Assess: 1/3 = 33.333…% → 33.33; (3.1 + 3.2 + 3.35) / 3 = 3.21666… → 3.2167
    expect(m.creditLoan.sharePercentOfAmount).toBe('33.33');
    expect(m.averageRatePercent).toEqual({ amountWeighted: '3.2167', simpleMean: '3.2167' });
  });
});

describe('Function: rangeIssues', () => {
  it.each([
    ['2026-03-01', '2026-03-01', []],
    ['2026-01-01', '2026-12-31', []],
    ['2024-01-01', '2024-12-31', []],
    ['2026-03-02', '2026-03-01', ['to']],
    ['2025-01-01', '2026-01-02', ['to']],
    ['2026-02-30', '2026-03-01', ['from']],
    ['2026-03-01', 'next week', ['to']],
  ])('from %s to %s → problems with %j', (from, to, paths) => {
    expect(rangeIssues(from, to).map((i) => i.path)).toEqual(paths);
  });
});
