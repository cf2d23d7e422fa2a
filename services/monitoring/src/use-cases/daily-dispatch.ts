import { type GroupLabels, labelOf } from '../domain/dimensions.ts';
import { type Summary, summarise } from '../domain/summary.ts';
import { countGaps } from './gap-lists.ts';
import type { EnterpriseProjections, FactLog, PushProjections } from './ports.ts';

export interface DailyDispatch {
  date: string;
  generatedAt: string;
  byTownship: Summary;
  byBank: Summary;
  gaps: {
    shouldBeIn: { total: number; byTownship: { key: string; label: string; count: number }[] };
    shouldBeLent: { total: number; byBank: { key: string; label: string; count: number }[] };
  };
}

/**
 * The daily dispatch (日调度): one day's declarations, pushes, contacts, approvals and deadline breaches
 * (overdue) per township and per bank, with the two gap lists counted as they stand; one month partition
 * of facts and O(townships + banks) counts.
 */
export async function dailyDispatch(
  ports: { facts: FactLog; enterprises: EnterpriseProjections; pushes: PushProjections },
  args: {
    date: string;
    generatedAt: string;
    labels: GroupLabels;
    townships: readonly string[];
    banks: readonly string[];
  },
): Promise<DailyDispatch> {
  const [facts, inCounts, lentCounts] = await Promise.all([
    ports.facts.between(args.date, args.date),
    countGaps(ports.enterprises, args.townships),
    countGaps(ports.pushes, args.banks),
  ]);
  const day = { from: args.date, to: args.date };
  const total = (counts: { count: number }[]) => counts.reduce((n, c) => n + c.count, 0);
  // As the bulletin: only partitions with a gap are listed, the total counts them all.
  const nonEmpty = <T extends { count: number }>(counts: T[]) => counts.filter((c) => c.count > 0);
  return {
    date: args.date,
    generatedAt: args.generatedAt,
    byTownship: summarise(facts, { ...day, groupBy: 'township' }, args.labels),
    byBank: summarise(facts, { ...day, groupBy: 'bank' }, args.labels),
    gaps: {
      shouldBeIn: {
        total: total(inCounts),
        byTownship: nonEmpty(inCounts).map((c) => ({ ...c, label: labelOf('township', c.key, args.labels) })),
      },
      shouldBeLent: {
        total: total(lentCounts),
        byBank: nonEmpty(lentCounts).map((c) => ({ ...c, label: labelOf('bank', c.key, args.labels) })),
      },
    },
  };
}
