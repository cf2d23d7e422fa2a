import type { FieldIssue } from '@sme/kernel';
import { Decimal } from 'decimal.js';
import { daysBetween, isBusinessDate } from './business-dates.ts';
import { type Grouping, type GroupLabels, labelOf, unattributed } from './dimensions.ts';
import type { Fact } from './facts.ts';

/**
 * The monitoring measures of one group (seed 001 §四(一), §六; DOMAIN.md "Monitoring"). Counts are
 * of distinct subjects: declarations for declared/recommended, pushes for the bank steps. Amounts
 * are integer fen as decimal strings; rates and shares are decimal strings in percent.
 */
export interface Measures {
  /** Declarations recorded (申报清单). */
  declared: number;
  /** Sign-offs into the recommendation list (推荐清单). */
  recommended: number;
  /** Pushes to banks (one enterprise pushed to three banks is three). */
  pushed: number;
  contacted: number;
  /** Approved pushes and their amount; a push approved twice counts its latest approval. */
  approved: { count: number; amountFen: string };
  rejected: number;
  /** Pushes with a disbursement, and every disbursed tranche's amount. */
  disbursed: { count: number; amountFen: string };
  /** Distinct approved enterprises tagged no-loan household (无贷户) at approval: first loans (首贷户). */
  firstLoanHouseholds: number;
  /** Approved credit (unsecured) loans; shares in percent, 2 places, null without approvals. */
  creditLoan: {
    count: number;
    amountFen: string;
    sharePercentOfCount: string | null;
    sharePercentOfAmount: string | null;
  };
  /** Annual rate of the approvals in percent, 4 places: weighted by approved amount, and the plain mean. */
  averageRatePercent: { amountWeighted: string | null; simpleMean: string | null };
  /** Pushes whose decision deadline passed unanswered. */
  deadlineBreaches: number;
}

export interface SummaryGroup {
  key: string;
  label: string;
  measures: Measures;
}

/** Figures over an inclusive range of business dates, per group and in total. */
export interface Summary {
  from: string;
  to: string;
  groupBy: Grouping;
  /** Sorted by key; `unattributed` last. */
  groups: SummaryGroup[];
  totals: Measures;
}

/** Longest range one summary covers: a year, leap day included. */
export const maxRangeDays = 366;

/** Problems with a requested range, named by field (`from`, `to`); empty when it is fine. */
export function rangeIssues(from: string, to: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isBusinessDate(from)) issues.push({ path: 'from', message: 'must be a calendar date yyyy-mm-dd' });
  if (!isBusinessDate(to)) issues.push({ path: 'to', message: 'must be a calendar date yyyy-mm-dd' });
  if (issues.length > 0) return issues;
  const span = daysBetween(from, to) + 1;
  if (span < 1) issues.push({ path: 'to', message: 'must not be before from' });
  else if (span > maxRangeDays)
    issues.push({ path: 'to', message: `a range covers at most ${maxRangeDays} days` });
  return issues;
}

const distinct = (facts: readonly Fact[], of: (f: Fact) => string) => new Set(facts.map(of)).size;
const sumFen = (facts: readonly Fact[]) => facts.reduce((sum, f) => sum + BigInt(f.amountFen ?? 0), 0n);

/** The latest approval of each push (highest step number): a corrected approval replaces the first. */
function latestApprovals(facts: readonly Fact[]): Fact[] {
  const byPush = new Map<string, Fact>();
  for (const f of facts) {
    if (f.kind !== 'approved') continue;
    const held = byPush.get(f.subject);
    if (!held || (f.seq ?? 0) > (held.seq ?? 0)) byPush.set(f.subject, f);
  }
  return [...byPush.values()];
}

function percent(part: bigint | number, whole: bigint | number): string | null {
  if (BigInt(whole) === 0n) return null;
  return new Decimal(part.toString())
    .times(100)
    .dividedBy(whole.toString())
    .toFixed(2, Decimal.ROUND_HALF_UP);
}

function averageRates(approvals: readonly Fact[]): Measures['averageRatePercent'] {
  if (approvals.length === 0) return { amountWeighted: null, simpleMean: null };
  let weighted = new Decimal(0);
  let amount = new Decimal(0);
  let sum = new Decimal(0);
  for (const a of approvals) {
    const rate = new Decimal(a.annualRatePercent ?? '0');
    const fen = new Decimal(a.amountFen ?? 0);
    weighted = weighted.plus(rate.times(fen));
    amount = amount.plus(fen);
    sum = sum.plus(rate);
  }
  return {
    amountWeighted: amount.isZero() ? null : weighted.dividedBy(amount).toFixed(4, Decimal.ROUND_HALF_UP),
    simpleMean: sum.dividedBy(approvals.length).toFixed(4, Decimal.ROUND_HALF_UP),
  };
}

/** The measures of a set of facts (already restricted to one group and range). */
export function measure(facts: readonly Fact[]): Measures {
  const of = (kind: Fact['kind']) => facts.filter((f) => f.kind === kind);
  const approvals = latestApprovals(facts);
  const approvedFen = sumFen(approvals);
  const credit = approvals.filter((a) => a.creditLoan === true);
  const creditFen = sumFen(credit);
  const disbursed = of('disbursed');
  return {
    declared: distinct(of('declared'), (f) => f.subject),
    recommended: distinct(of('recommended'), (f) => f.subject),
    pushed: distinct(of('pushed'), (f) => f.subject),
    contacted: distinct(of('contacted'), (f) => f.subject),
    approved: { count: approvals.length, amountFen: approvedFen.toString() },
    rejected: distinct(of('rejected'), (f) => f.subject),
    disbursed: { count: distinct(disbursed, (f) => f.subject), amountFen: sumFen(disbursed).toString() },
    firstLoanHouseholds: distinct(
      approvals.filter((a) => a.noLoanHousehold === true),
      (f) => f.uscc,
    ),
    creditLoan: {
      count: credit.length,
      amountFen: creditFen.toString(),
      sharePercentOfCount: percent(credit.length, approvals.length),
      sharePercentOfAmount: percent(creditFen, approvedFen),
    },
    averageRatePercent: averageRates(approvals),
    deadlineBreaches: distinct(of('deadline-breached'), (f) => f.subject),
  };
}

/**
 * One fact per (event, kind): the store already keeps one item per key, and this keeps a repeated
 * event from being summed twice (a disbursement's amount) whatever the source of the list.
 */
export function uniqueFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const f of facts) seen.set(`${f.kind}#${f.eventId}`, f);
  return [...seen.values()];
}

const keyOf: Record<Grouping, (f: Fact) => string> = {
  industry: (f) => f.industry,
  township: (f) => f.township,
  bank: (f) => f.bankId ?? unattributed,
};

/**
 * Groups facts within [from, to] (inclusive business dates) and measures each group and the whole.
 * Facts outside the range are ignored; totals are measured over all facts, not summed from groups.
 *
 * @example
 * summarise(facts, { from: '2026-03-02', to: '2026-03-08', groupBy: 'bank' }, labels).totals.pushed
 */
export function summarise(
  facts: readonly Fact[],
  query: { from: string; to: string; groupBy: Grouping },
  labels: GroupLabels,
): Summary {
  const inRange = uniqueFacts(facts).filter((f) => f.on >= query.from && f.on <= query.to);
  const groups = new Map<string, Fact[]>();
  for (const f of inRange) {
    const key = keyOf[query.groupBy](f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === unattributed ? 1 : b === unattributed ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    groups: keys.map((key) => ({
      key,
      label: labelOf(query.groupBy, key, labels),
      measures: measure(groups.get(key) ?? []),
    })),
    totals: measure(inRange),
  };
}
