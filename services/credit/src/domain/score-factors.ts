/**
 * One factor of a scoring model applied to the records in force. Records arrive sorted by record id,
 * and every choice (latest, max) breaks ties by record id, so the result never depends on input order.
 */
import { type CreditRecord, recordId } from './record.ts';
import type { ScoringFactor } from './scoring-model.ts';

export interface FactorOutcome {
  contribution: number;
  /** The records behind the contribution, sorted by record id. */
  records: CreditRecord[];
}

function fact(record: CreditRecord, field: string): unknown {
  return (record.facts as Record<string, unknown>)[field];
}

function matches(record: CreditRecord, factor: ScoringFactor): boolean {
  if (record.category !== factor.category) return false;
  return Object.entries(factor.where ?? {}).every(([field, value]) => fact(record, field) === value);
}

/** Later `occurredOn` wins; on the same day the greater record id, so that the choice is stable. */
function isLater(a: CreditRecord, b: CreditRecord): boolean {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn > b.occurredOn;
  return recordId(a) > recordId(b);
}

/** The latest record by occurrence. */
export function latestOf<R extends CreditRecord>(records: readonly [R, ...R[]]): R {
  let latest = records[0];
  for (const record of records) if (isLater(record, latest)) latest = record;
  return latest;
}

function bounded(total: number, cap: number | undefined): number {
  if (cap === undefined) return total;
  return Math.max(-cap, Math.min(cap, total));
}

function numeric(record: CreditRecord, field: string): bigint {
  const value = fact(record, field);
  return typeof value === 'number' ? BigInt(value) : 0n;
}

/** The highest tier reached by `value` (tiers ascend), or 0 points. */
function tierPoints(value: bigint, tiers: readonly { atLeast: number; points: number }[]): number {
  let reached = 0;
  for (const tier of tiers) if (value >= BigInt(tier.atLeast)) reached = tier.points;
  return reached;
}

/**
 * The factor's signed contribution in points and the records behind it: all matched records for
 * per-record and summing rules, the chosen one for `latest` and `max`.
 */
export function applyFactor(factor: ScoringFactor, recordsInForce: readonly CreditRecord[]): FactorOutcome {
  const [first, ...rest] = recordsInForce.filter((record) => matches(record, factor));
  if (first === undefined) return { contribution: 0, records: [] };
  const matched: [CreditRecord, ...CreditRecord[]] = [first, ...rest];
  const rule = factor.rule;
  switch (rule.kind) {
    case 'per-record':
      return { contribution: bounded(rule.points * matched.length, rule.cap), records: matched };
    case 'by-value': {
      const pointsOf = (record: CreditRecord) => {
        const value = fact(record, rule.field);
        return typeof value === 'string' && Object.hasOwn(rule.points, value) ? (rule.points[value] ?? 0) : 0;
      };
      if (rule.select === 'latest') {
        const latest = latestOf(matched);
        return { contribution: pointsOf(latest), records: [latest] };
      }
      const scoring = matched.filter((record) => pointsOf(record) !== 0);
      const total = scoring.reduce((sum, record) => sum + pointsOf(record), 0);
      return { contribution: bounded(total, rule.cap), records: scoring };
    }
    case 'tiers': {
      if (rule.aggregate === 'sum') {
        const total = matched.reduce((sum, record) => sum + numeric(record, rule.field), 0n);
        return { contribution: tierPoints(total, rule.tiers), records: matched };
      }
      let chosen = rule.aggregate === 'latest' ? latestOf(matched) : first;
      if (rule.aggregate === 'max') {
        for (const record of matched)
          if (numeric(record, rule.field) > numeric(chosen, rule.field)) chosen = record;
      }
      return { contribution: tierPoints(numeric(chosen, rule.field), rule.tiers), records: [chosen] };
    }
  }
}
