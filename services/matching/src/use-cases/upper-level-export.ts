import { orderFigures, type UpperLevelFigures } from '../domain/upper-level-export.ts';
import type { ReportStore } from './ports.ts';

/** The month's figures as the rows stand now, in sheet order; stores nothing. */
export async function buildUpperLevelFigures(
  store: ReportStore,
  month: string,
  generatedAt: string,
): Promise<UpperLevelFigures> {
  return orderFigures({ month, generatedAt, ...(await store.monthRows(month)) });
}

/**
 * The figures of an export served over HTTP: the archive when the monthly schedule made one (what was
 * sent up stays what is served), otherwise built now from the rows and not stored.
 */
export async function upperLevelFigures(
  store: ReportStore,
  month: string,
  now: string,
): Promise<{ figures: UpperLevelFigures; archived: boolean }> {
  const archived = await store.archived(month);
  if (archived) return { figures: archived, archived: true };
  return { figures: await buildUpperLevelFigures(store, month, now), archived: false };
}

/** The scheduled run: builds the month's figures and archives them (a re-run replaces the archive). */
export async function archiveUpperLevelExport(
  store: ReportStore,
  month: string,
  generatedAt: string,
): Promise<UpperLevelFigures> {
  const figures = await buildUpperLevelFigures(store, month, generatedAt);
  await store.archive(figures);
  return figures;
}
