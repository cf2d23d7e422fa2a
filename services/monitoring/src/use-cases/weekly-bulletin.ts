import { type Bulletin, buildBulletin } from '../domain/bulletin.ts';
import { previousWeek } from '../domain/business-dates.ts';
import { type GroupLabels, groupings, labelOf } from '../domain/dimensions.ts';
import { summarise } from '../domain/summary.ts';
import { countGaps } from './gap-lists.ts';
import type { BulletinArchive, EnterpriseProjections, FactLog, PushProjections } from './ports.ts';

export interface BulletinPorts {
  facts: FactLog;
  enterprises: EnterpriseProjections;
  pushes: PushProjections;
  bulletins: BulletinArchive;
}

/** The bulletin of one week as the facts and gap lists stand now; stores nothing. */
export async function buildWeeklyBulletin(
  ports: Omit<BulletinPorts, 'bulletins'>,
  args: {
    weekStart: string;
    weekEnd: string;
    generatedAt: string;
    labels: GroupLabels;
    townships: readonly string[];
    banks: readonly string[];
  },
): Promise<Bulletin> {
  const { weekStart, weekEnd } = args;
  const [facts, inCounts, lentCounts] = await Promise.all([
    ports.facts.between(weekStart, weekEnd),
    countGaps(ports.enterprises, args.townships),
    countGaps(ports.pushes, args.banks),
  ]);
  const range = { from: weekStart, to: weekEnd };
  const summaries = Object.fromEntries(
    groupings.map((groupBy) => [groupBy, summarise(facts, { ...range, groupBy }, args.labels)]),
  ) as Bulletin['summaries'];
  return buildBulletin({
    weekStart,
    weekEnd,
    generatedAt: args.generatedAt,
    summaries,
    shouldBeInByTownship: inCounts.map((c) => ({ ...c, label: labelOf('township', c.key, args.labels) })),
    shouldBeLentByBank: lentCounts.map((c) => ({ ...c, label: labelOf('bank', c.key, args.labels) })),
  });
}

/**
 * Generates and stores last week's bulletin (the full week before `today`): the week's facts read
 * once and summarised per township, industry and bank, and the gap lists counted as they stand.
 * The bulletin's id is its Monday, so running it again for the same week replaces it.
 */
export async function generateWeeklyBulletin(
  ports: BulletinPorts,
  args: {
    today: string;
    generatedAt: string;
    labels: GroupLabels;
    townships: readonly string[];
    banks: readonly string[];
  },
): Promise<Bulletin> {
  const bulletin = await buildWeeklyBulletin(ports, { ...args, ...previousWeek(args.today) });
  await ports.bulletins.put(bulletin);
  return bulletin;
}
