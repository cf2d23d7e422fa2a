import { describe, expect, it } from 'vitest';
import { counterReads, counterWrites, foldCounters, summariseCounters } from './counters.ts';
import type { GroupLabels } from './dimensions.ts';
import { approval, declarationChanged, feedback, pushed, wan } from './events.fixture.ts';
import { declarationFacts, type EnterpriseDimensions, type Fact, feedbackFacts, pushFacts } from './facts.ts';
import { summarise } from './summary.ts';

const labels: GroupLabels = {
  township: { '999101002': '青石镇', '999101003': '柳塘乡' },
  bank: { 'bank-gs': '工商银行临山分行', 'bank-nh': '农业银行临山分行' },
};
const e1: EnterpriseDimensions = { township: '999101002', industry: 'C', noLoanHousehold: true };
const e3: EnterpriseDimensions = { township: '999101003', industry: 'F', noLoanHousehold: false };

/** A month's facts where each subject has one fact per kind: the two summaries must agree exactly. */
function month(): Fact[] {
  return [
    ...declarationFacts(declarationChanged('d-1', 'E1', 1, 'SCREENED', '2026-03-02T02:00:00.000Z'), e1),
    ...declarationFacts(declarationChanged('d-3', 'E3', 1, 'DECLARED', '2026-03-04T02:00:00.000Z'), e3),
    ...declarationFacts(
      declarationChanged('d-1', 'E1', 3, 'RECOMMENDED', '2026-03-05T02:00:00.000Z', 'REVIEWED'),
      e1,
    ),
    ...pushFacts(pushed('p1', 'E1', 'bank-gs', '2026-03-06T01:00:00.000Z'), e1),
    ...pushFacts(pushed('p2', 'E1', 'bank-nh', '2026-03-06T01:00:00.000Z'), e1),
    ...pushFacts(pushed('p3', 'E3', 'bank-gs', '2026-03-06T01:00:00.000Z'), e3),
    ...feedbackFacts(feedback('p1', 'E1', 'bank-gs', { seq: 1, stage: 'contacted', on: '2026-03-07' }), e1),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 2,
        stage: 'approved',
        on: '2026-03-09',
        approved: approval(wan(200), '3.45', true),
      }),
      e1,
    ),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 3,
        stage: 'disbursed',
        on: '2026-03-09',
        disbursed: { amountFen: wan(120) },
      }),
      e1,
    ),
    ...feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 4,
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
      feedback('p2', 'E1', 'bank-nh', {
        seq: 1,
        stage: 'rejected',
        on: '2026-03-08',
        rejected: { reasonCodes: ['insufficient-collateral'], reasonText: '抵押不足', repairSuggestions: [] },
      }),
      e1,
    ),
  ];
}

/** The counter items a range reads, as the store answers them (month items for whole months). */
function itemsFor(
  facts: readonly Fact[],
  from: string,
  to: string,
  groupBy: 'township' | 'industry' | 'bank',
) {
  const all = [...foldCounters(facts).values()];
  const lastDay = (m: string) =>
    m === '2026-02' ? '2026-02-28' : m === '2026-04' ? '2026-04-30' : '2026-03-31';
  const months = [...new Set([from.slice(0, 7), to.slice(0, 7)])];
  return counterReads(from, to, months, lastDay).flatMap((read) =>
    all
      .filter((e) => e.pk === `COUNT#${groupBy}#${read.month}`)
      .filter((e) =>
        read.whole ? e.sk.startsWith('M#') : e.sk >= `D#${read.from}` && e.sk <= `D#${read.to}#~`,
      )
      .map((e) => e.item),
  );
}

describe('Function: summariseCounters', () => {
  it('gives the summary the facts give, per group and in total, under every grouping', () => {
    for (const groupBy of ['township', 'industry', 'bank'] as const) {
      // Act
      const range = { from: '2026-03-01', to: '2026-03-31', groupBy };
      const fromCounters = summariseCounters(itemsFor(month(), range.from, range.to, groupBy), range, labels);

      // Assess
      expect(fromCounters).toEqual(summarise(month(), range, labels));
    }
  });

  it('reads day items for a partial month and agrees with the facts there too', () => {
    const range = { from: '2026-03-06', to: '2026-03-09', groupBy: 'bank' as const };
    const fromCounters = summariseCounters(itemsFor(month(), range.from, range.to, 'bank'), range, labels);
    expect(fromCounters).toEqual(summarise(month(), range, labels));
    expect(fromCounters.totals.approved).toEqual({ count: 2, amountFen: String(wan(300)) });
    expect(fromCounters.totals.averageRatePercent).toEqual({
      amountWeighted: '3.7500',
      simpleMean: '3.9000',
    });
  });

  it('counts a redelivered fact once and every disbursed tranche', () => {
    const facts = [...month(), ...month()];
    const range = { from: '2026-03-01', to: '2026-03-31', groupBy: 'township' as const };
    const totals = summariseCounters(itemsFor(facts, range.from, range.to, 'township'), range, labels).totals;
    expect([totals.declared, totals.pushed, totals.disbursed]).toEqual([
      2,
      3,
      { count: 1, amountFen: String(wan(200)) },
    ]);
  });
});

describe('Function: counterWrites', () => {
  const [first] = feedbackFacts(
    feedback('p9', 'E1', 'bank-gs', {
      seq: 1,
      stage: 'approved',
      on: '2026-03-09',
      approved: approval(wan(50), '3.1', true),
    }),
    e1,
  ) as [Fact];
  const [later] = feedbackFacts(
    feedback('p9', 'E1', 'bank-gs', {
      seq: 3,
      stage: 'approved',
      on: '2026-04-02',
      approved: approval(wan(80), '3.5', false),
    }),
    e1,
  ) as [Fact];

  it('moves a re-approved push from the first approval’s day to the later one: the latest approval counts', () => {
    // Act
    const march = { from: '2026-03-01', to: '2026-03-31', groupBy: 'bank' as const };
    const april = { from: '2026-04-01', to: '2026-04-30', groupBy: 'bank' as const };
    const inMarch = summariseCounters(itemsFor([first, later], march.from, march.to, 'bank'), march, labels);
    const inApril = summariseCounters(itemsFor([first, later], april.from, april.to, 'bank'), april, labels);
    const before = counterWrites(later, counterWrites(first)[0]?.record);

    // Assess: March is back to nothing approved (its first-loan household stays: counted once, when first seen).
    expect(inMarch.totals.approved).toEqual({ count: 0, amountFen: '0' });
    expect(inMarch.totals.firstLoanHouseholds).toBe(1);
    expect(inApril.totals.approved).toEqual({ count: 1, amountFen: String(wan(80)) });
    expect(inApril.totals.creditLoan.count).toBe(0);
    expect(before[0]?.changes.map((c) => [c.on, c.deltas.approvedFen])).toEqual([
      ['2026-03-09', `-${wan(50)}`],
      ['2026-04-02', String(wan(80))],
    ]);
    // An earlier or the same step again writes no approval.
    expect(
      counterWrites(first, counterWrites(later)[0]?.record).filter((w) =>
        w.marker.startsWith('SEEN#approved'),
      ),
    ).toEqual([]);
  });

  it('keys a distinct count by kind and subject, a tranche by its event', () => {
    const [push] = pushFacts(pushed('p1', 'E1', 'bank-gs', '2026-03-06T01:00:00.000Z'), e1) as [Fact];
    expect(counterWrites(push).map((w) => w.marker)).toEqual(['SEEN#pushed#p1']);
    const [tranche] = feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 4,
        stage: 'disbursed',
        on: '2026-03-10',
        disbursed: { amountFen: 1 },
      }),
      e1,
    ) as [Fact];
    expect(counterWrites(tranche).map((w) => w.marker)).toEqual([
      'SEEN#disbursed#p1',
      `EVENT#disbursed#${tranche.eventId}`,
    ]);
  });
});

describe('Function: counterReads', () => {
  it('reads whole months by their month items and the ends by day', () => {
    const last = (m: string) => `${m}-${m.endsWith('02') ? '28' : '31'}`;
    expect(counterReads('2026-01-15', '2026-03-31', ['2026-01', '2026-02', '2026-03'], last)).toEqual([
      { month: '2026-01', whole: false, from: '2026-01-15', to: '2026-01-31' },
      { month: '2026-02', whole: true, from: '2026-02-01', to: '2026-02-28' },
      { month: '2026-03', whole: true, from: '2026-03-01', to: '2026-03-31' },
    ]);
  });
});
