import { shanghaiDate } from '@sme/kernel';
import { logger } from '@sme/runtime';
import type { ScheduledEvent } from 'aws-lambda';
import { archiveUpperLevelExport } from '../use-cases/upper-level-export.ts';
import { reportStore } from './composition.ts';

/** The month before the business date's month (`2026-12-02` → `2026-11`). */
export function previousMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * Scheduled on the 2nd at 01:00 Shanghai: last month's export archived with its figures. Dated by the
 * schedule's own time, so a retried or late run still archives the month it was meant for; a day's
 * grace lets the last day's bank steps arrive first.
 */
export async function handler(event: Pick<ScheduledEvent, 'time'>): Promise<{ month: string }> {
  const month = previousMonth(shanghaiDate(new Date(event.time)));
  const figures = await archiveUpperLevelExport(reportStore(), month, new Date().toISOString());
  logger.info('Upper-level export archived', {
    month,
    declarations: figures.declarations.length,
    recommendations: figures.recommendations.length,
    loans: figures.loans.length,
  });
  return { month };
}
