import type { GroupLabels } from '../domain/dimensions.ts';
import { dailyTrend, type MonthlyReport, monthRange } from '../domain/monthly-report.ts';
import { summarise } from '../domain/summary.ts';
import type { BankCategory, TargetSet } from '../domain/targets.ts';
import { monthlyNotice } from './monthly-notice.ts';
import type { BankReturnStore, FactLog } from './ports.ts';

/**
 * The monthly report of any begun month, composed from what exists: the month's facts read once (one
 * month partition) for the per-bank activity and the daily trend, and the monthly notice from the returns.
 */
export async function monthlyReport(
  ports: { facts: FactLog; returns: BankReturnStore },
  args: {
    month: string;
    today: string;
    generatedAt: string;
    labels: GroupLabels;
    city: {
      banks: readonly { id: string; name: string }[];
      categories: Record<string, BankCategory>;
      targets: readonly TargetSet[];
    };
  },
): Promise<MonthlyReport> {
  const { from, to } = monthRange(args.month, args.today);
  const [facts, notice] = await Promise.all([
    ports.facts.between(from, to),
    monthlyNotice(args.month, args.city, ports.returns),
  ]);
  const names = new Map(args.city.banks.map((b) => [b.id, b.name]));
  return {
    month: args.month,
    from,
    to,
    generatedAt: args.generatedAt,
    trend: dailyTrend(facts, from, to),
    activity: summarise(facts, { from, to, groupBy: 'bank' }, args.labels),
    notice,
    missingBanks: notice.missing.map((bankId) => ({ bankId, name: names.get(bankId) ?? bankId })),
  };
}
