import { Decimal } from 'decimal.js';
import { type Grouping, type GroupLabels, groupings, labelOf, unattributed } from './dimensions.ts';
import type { Fact } from './facts.ts';
import type { Measures, Summary } from './summary.ts';

/**
 * Pre-aggregated counters (issue 17): the consumers add each fact's contribution to a counter per day and
 * group (township, industry, bank) and per month and group, so a summary over any range reads at most two
 * partial months of day counters and one month counter per group for each month between — a cost set by
 * days × groups, never by the number of facts.
 *
 * Distinct counts are kept with first-seen markers: a subject (declaration, push, enterprise) counts on the
 * day it is first seen for a kind, once ever. A re-approval of a push moves the push's approval (amount,
 * rate, credit flag) from the earlier approval's day to the later one, so sums stay "the latest approval".
 */

/** Additive sums of one counter item; decimal strings (amounts in fen, rates in percent), negatives allowed. */
export const counterFields = [
  'declared',
  'recommended',
  'pushed',
  'contacted',
  'rejected',
  'deadlineBreaches',
  'approvedCount',
  'approvedFen',
  'creditCount',
  'creditFen',
  /** Σ rate over approvals, for the simple mean. */
  'rateSum',
  /** Σ rate × fen over approvals, for the amount-weighted mean. */
  'rateAmountSum',
  'disbursedCount',
  'disbursedFen',
  'firstLoanHouseholds',
] as const;
export type CounterField = (typeof counterFields)[number];
export type Deltas = Partial<Record<CounterField, string>>;

/** The group of the fact under each grouping, frozen as the fact is. */
export type FactGroups = Record<Grouping, string>;
export const factGroups = (f: Fact): FactGroups => ({
  industry: f.industry,
  township: f.township,
  bank: f.bankId ?? unattributed,
});

/** One change of counters: deltas added on a day for the fact's groups. */
export interface CounterChange {
  on: string;
  groups: FactGroups;
  deltas: Deltas;
}

/** What a push's counted approval contributed, kept on its marker so a re-approval can take it back. */
export interface ApprovalRecord {
  seq: number;
  on: string;
  groups: FactGroups;
  deltas: Deltas;
}

/**
 * A once-only counter write: the marker key decides whether it has happened (absent: not yet). An
 * approval's marker carries its record; `replaces` is the record a later approval takes back.
 */
export interface CounterWrite {
  marker: string;
  record?: ApprovalRecord;
  replaces?: ApprovalRecord;
  changes: CounterChange[];
}

const distinctField: Partial<Record<Fact['kind'], CounterField>> = {
  declared: 'declared',
  recommended: 'recommended',
  pushed: 'pushed',
  contacted: 'contacted',
  rejected: 'rejected',
  'deadline-breached': 'deadlineBreaches',
};

const negate = (d: Deltas): Deltas =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, new Decimal(v).negated().toFixed()]));

function approvalDeltas(f: Fact): Deltas {
  const fen = String(f.amountFen ?? 0);
  const rate = new Decimal(f.annualRatePercent ?? '0');
  return {
    approvedCount: '1',
    approvedFen: fen,
    ...(f.creditLoan === true ? { creditCount: '1', creditFen: fen } : {}),
    rateSum: rate.toFixed(),
    rateAmountSum: rate.times(fen).toFixed(),
  };
}

/**
 * The counter writes of one fact. `approvalHeld` is the record already counted for the fact's push (an
 * approval only): a later step replaces it, an earlier or the same one writes nothing.
 *
 * @example
 * counterWrites(pushedFact)[0]?.marker; // 'SEEN#pushed#<pushId>'
 */
export function counterWrites(f: Fact, approvalHeld?: ApprovalRecord): CounterWrite[] {
  const groups = factGroups(f);
  const field = distinctField[f.kind];
  if (field)
    return [
      { marker: `SEEN#${f.kind}#${f.subject}`, changes: [{ on: f.on, groups, deltas: { [field]: '1' } }] },
    ];
  if (f.kind === 'disbursed')
    return [
      {
        marker: `SEEN#disbursed#${f.subject}`,
        changes: [{ on: f.on, groups, deltas: { disbursedCount: '1' } }],
      },
      // Every tranche's amount, once per event.
      {
        marker: `EVENT#disbursed#${f.eventId}`,
        changes: [{ on: f.on, groups, deltas: { disbursedFen: String(f.amountFen ?? 0) } }],
      },
    ];
  // approved
  const seq = f.seq ?? 0;
  const writes: CounterWrite[] = [];
  if (!approvalHeld || approvalHeld.seq < seq) {
    const record: ApprovalRecord = { seq, on: f.on, groups, deltas: approvalDeltas(f) };
    writes.push({
      marker: `SEEN#approved#${f.subject}`,
      record,
      ...(approvalHeld ? { replaces: approvalHeld } : {}),
      changes: [
        ...(approvalHeld
          ? [{ on: approvalHeld.on, groups: approvalHeld.groups, deltas: negate(approvalHeld.deltas) }]
          : []),
        { on: f.on, groups, deltas: record.deltas },
      ],
    });
  }
  if (f.noLoanHousehold === true)
    writes.push({
      marker: `SEEN#first-loan#${f.uscc}`,
      changes: [{ on: f.on, groups, deltas: { firstLoanHouseholds: '1' } }],
    });
  return writes;
}

/** Counter items: a month partition per grouping; a day item and a month item per group. */
export const counterKeys = {
  partition: (grouping: Grouping, month: string) => `COUNT#${grouping}#${month}`,
  day: (on: string, group: string) => `D#${on}#${group}`,
  month: (group: string) => `M#${group}`,
};

/** Every (grouping, item) a change adds to: 3 groupings × (day, month). */
export function counterTargets(change: CounterChange): { pk: string; sk: string }[] {
  return groupings.flatMap((g) => [
    { pk: counterKeys.partition(g, change.on.slice(0, 7)), sk: counterKeys.day(change.on, change.groups[g]) },
    { pk: counterKeys.partition(g, change.on.slice(0, 7)), sk: counterKeys.month(change.groups[g]) },
  ]);
}

/** A counter item as read: its group and sums. */
export interface CounterItem {
  group: string;
  sums: Partial<Record<CounterField, string>>;
}

function percent(part: Decimal, whole: Decimal): string | null {
  if (whole.isZero()) return null;
  return part.times(100).dividedBy(whole).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** The summary's measures from summed counters. */
export function measuresOf(sums: Partial<Record<CounterField, string>>): Measures {
  const n = (k: CounterField) => new Decimal(sums[k] ?? '0');
  const approved = n('approvedCount');
  const approvedFen = n('approvedFen');
  const credit = n('creditCount');
  const creditFen = n('creditFen');
  return {
    declared: n('declared').toNumber(),
    recommended: n('recommended').toNumber(),
    pushed: n('pushed').toNumber(),
    contacted: n('contacted').toNumber(),
    approved: { count: approved.toNumber(), amountFen: approvedFen.toFixed(0) },
    rejected: n('rejected').toNumber(),
    disbursed: { count: n('disbursedCount').toNumber(), amountFen: n('disbursedFen').toFixed(0) },
    firstLoanHouseholds: n('firstLoanHouseholds').toNumber(),
    creditLoan: {
      count: credit.toNumber(),
      amountFen: creditFen.toFixed(0),
      sharePercentOfCount: percent(credit, approved),
      sharePercentOfAmount: percent(creditFen, approvedFen),
    },
    averageRatePercent: {
      amountWeighted: approvedFen.isZero()
        ? null
        : n('rateAmountSum').dividedBy(approvedFen).toFixed(4, Decimal.ROUND_HALF_UP),
      simpleMean: approved.isZero()
        ? null
        : n('rateSum').dividedBy(approved).toFixed(4, Decimal.ROUND_HALF_UP),
    },
    deadlineBreaches: n('deadlineBreaches').toNumber(),
  };
}

const isEmpty = (sums: Partial<Record<CounterField, string>>) =>
  Object.values(sums).every((v) => new Decimal(v ?? '0').isZero());

/**
 * The summary from counter items read for the range (day items of partial months, month items of whole
 * ones): summed per group, groups whose sums are all zero left out, totals the sum of the groups.
 */
export function summariseCounters(
  items: readonly CounterItem[],
  query: { from: string; to: string; groupBy: Grouping },
  labels: GroupLabels,
): Summary {
  const byGroup = new Map<string, Partial<Record<CounterField, string>>>();
  const total: Partial<Record<CounterField, string>> = {};
  const add = (into: Partial<Record<CounterField, string>>, sums: CounterItem['sums']) => {
    for (const [k, v] of Object.entries(sums) as [CounterField, string][])
      into[k] = new Decimal(into[k] ?? '0').plus(v).toFixed();
  };
  for (const item of items) {
    const held = byGroup.get(item.group) ?? {};
    add(held, item.sums);
    byGroup.set(item.group, held);
    add(total, item.sums);
  }
  const keys = [...byGroup.keys()]
    .filter((k) => !isEmpty(byGroup.get(k) ?? {}))
    .sort((a, b) => (a === unattributed ? 1 : b === unattributed ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    groups: keys.map((key) => ({
      key,
      label: labelOf(query.groupBy, key, labels),
      measures: measuresOf(byGroup.get(key) ?? {}),
    })),
    totals: measuresOf(total),
  };
}

/**
 * The reads a range needs, per month touched: the month item of each group when the range covers the
 * whole month, else the day items between the range's ends within that month.
 */
export function counterReads(
  from: string,
  to: string,
  months: readonly string[],
  lastDayOf: (month: string) => string,
): { month: string; whole: boolean; from: string; to: string }[] {
  return months.map((month) => {
    const start = `${month}-01`;
    const end = lastDayOf(month);
    const lo = from > start ? from : start;
    const hi = to < end ? to : end;
    return { month, whole: lo === start && hi === end, from: lo, to: hi };
  });
}

/**
 * The counter items a sequence of facts leaves, folded in memory exactly as the store applies them
 * (markers once, a later approval replacing an earlier one): for tests, backfills and the benchmark.
 */
export function foldCounters(
  facts: readonly Fact[],
): Map<string, { pk: string; sk: string; item: CounterItem }> {
  const markers = new Map<string, ApprovalRecord | true>();
  const items = new Map<string, { pk: string; sk: string; item: CounterItem }>();
  for (const fact of facts) {
    const held = markers.get(`SEEN#approved#${fact.subject}`);
    for (const write of counterWrites(fact, fact.kind === 'approved' && held !== true ? held : undefined)) {
      if (markers.has(write.marker) && !write.replaces) continue;
      markers.set(write.marker, write.record ?? true);
      for (const change of write.changes)
        for (const target of counterTargets(change)) {
          const id = `${target.pk}|${target.sk}`;
          const entry = items.get(id) ?? {
            ...target,
            item: { group: target.sk.split('#').at(-1) ?? '', sums: {} },
          };
          for (const [k, v] of Object.entries(change.deltas) as [CounterField, string][])
            entry.item.sums[k] = new Decimal(entry.item.sums[k] ?? '0').plus(v).toFixed();
          items.set(id, entry);
        }
    }
  }
  return items;
}
