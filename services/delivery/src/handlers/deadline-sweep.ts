import { calendarStatus, shanghaiDate } from '@sme/kernel';
import {
  businessMetrics,
  CALENDAR_DAYS_LEFT_METRIC,
  cityConfig,
  logger,
  MetricUnit,
  platformMetrics,
  publish,
} from '@sme/runtime';
import { enqueueDeliveries } from '../use-cases/enqueue-deliveries.ts';
import { sweepDeadlines } from '../use-cases/sweep-deadlines.ts';
import { config, deadlineConfig, enqueueDeps, pushStore } from './composition.ts';

/**
 * Daily schedule: reminders and escalations of bank deadlines (seed 001 §三(二), 003 §五), and the
 * number of days the holiday calendar still covers and the number of overdue pushes, as metrics the
 * calendar and overdue-pushes alarms watch.
 */
export const handler = async () => {
  const cfg = config();
  const deadlines = await deadlineConfig();
  const now = new Date();
  const today = shanghaiDate(now);
  const calendar = calendarStatus(deadlines.holidayCalendar, today);
  const metrics = platformMetrics(cityConfig().id);
  metrics.addMetric(CALENDAR_DAYS_LEFT_METRIC, MetricUnit.Count, calendar.daysLeft ?? -1);
  metrics.publishStoredMetrics();
  if (calendar.warning) logger.warn(calendar.message, { coveredUntil: calendar.coveredUntil });
  const result = await sweepDeadlines(
    {
      pushes: pushStore(),
      deadlines,
      reminderDaysBefore: cfg.reminderDaysBefore,
      publish: (events) => publish('push-deadlines', events),
      enqueue: (notices) => enqueueDeliveries(enqueueDeps(), notices, now),
      onError: (pushId, error) =>
        logger.error('Deadline sweep failed for a push', { pushId, error: error as Error }),
    },
    today,
    now,
  );
  // Every day, zero included, so the overdue alarm clears once the banks have answered.
  metrics.addMetric(businessMetrics.pushesOverdue, MetricUnit.Count, result.overdue);
  metrics.publishStoredMetrics();
  logger.info('Deadline sweep done', { ...result });
  return result;
};
