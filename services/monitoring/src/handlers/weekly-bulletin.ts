import { shanghaiDate } from '@sme/kernel';
import { logger } from '@sme/runtime';
import type { ScheduledEvent } from 'aws-lambda';
import { generateWeeklyBulletin } from '../use-cases/weekly-bulletin.ts';
import {
  bankIds,
  bulletinArchive,
  enterpriseProjections,
  factLog,
  groupLabels,
  pushProjections,
  townshipCodes,
} from './composition.ts';

/**
 * Scheduled on Monday 01:00 Shanghai: last week's bulletin, dated by the schedule's own time so a
 * retried or late invocation still writes the week it was meant for.
 */
export async function handler(event: Pick<ScheduledEvent, 'time'>): Promise<{ weekStart: string }> {
  const bulletin = await generateWeeklyBulletin(
    {
      facts: factLog(),
      enterprises: enterpriseProjections(),
      pushes: pushProjections(),
      bulletins: bulletinArchive(),
    },
    {
      today: shanghaiDate(new Date(event.time)),
      generatedAt: new Date().toISOString(),
      labels: groupLabels(),
      townships: townshipCodes(),
      banks: bankIds(),
    },
  );
  logger.info('Weekly bulletin generated', { weekStart: bulletin.weekStart });
  return { weekStart: bulletin.weekStart };
}
