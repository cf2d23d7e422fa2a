import { shanghaiDate } from '@sme/kernel';
import { logger, publish } from '@sme/runtime';
import { enqueueDeliveries } from '../use-cases/enqueue-deliveries.ts';
import { sweepDeadlines } from '../use-cases/sweep-deadlines.ts';
import { config, enqueueDeps, pushStore } from './composition.ts';

/** Daily schedule: reminders and escalations of bank deadlines (seed 001 §三(二), 003 §五). */
export const handler = async () => {
  const cfg = config();
  const now = new Date();
  const result = await sweepDeadlines(
    {
      pushes: pushStore(),
      deadlines: cfg.deadlines,
      reminderDaysBefore: cfg.reminderDaysBefore,
      publish: (events) => publish('push-deadlines', events),
      enqueue: (notices) => enqueueDeliveries(enqueueDeps(), notices, now),
      onError: (pushId, error) =>
        logger.error('Deadline sweep failed for a push', { pushId, error: error as Error }),
    },
    shanghaiDate(now),
    now,
  );
  logger.info('Deadline sweep done', result);
  return result;
};
