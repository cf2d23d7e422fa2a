import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@sme/kernel';
import { addDays } from '../domain/business-dates.ts';
import {
  defaultExportPeriod,
  type LedgerInput,
  ledgerChanges,
  ledgerIssues,
  ledgerSheets,
  type Measure,
  type Obligation,
  obligations,
  overdueList,
  type ProgressReport,
  type ProgressStatus,
  periodIssue,
  type Reminder,
  reminderFor,
  type StoredLedger,
  visibleMeasures,
} from '../domain/policy-ledger.ts';
import { firstPeriod, isPeriod, periodSpan, periodsDueWithin } from '../domain/reporting-cycle.ts';
import type { HolidayCalendarSource, PolicyTaskAudit, PolicyTaskStore, StoredReminder } from './ports.ts';

export type Caller = PolicyTaskAudit['principal'] & { role: string };

/** How far back a ledger's reporting may start when loaded, and how far ahead an overdue list may look. */
const maxLookBackDays = 731;
const maxLookAheadDays = 366;

async function ledgerOrNotFound(store: PolicyTaskStore): Promise<StoredLedger> {
  const ledger = await store.currentLedger();
  if (!ledger)
    throw new NotFoundError('No policy task ledger is loaded: the office loads the city file first');
  return ledger;
}

/**
 * Loads the city's ledger (the office): the next version, audited with the measures added, removed and
 * changed. The same ledger again stores nothing. Responsible units must be agencies of the city (422 naming
 * the field); a racing load is a 409.
 */
export async function loadLedger(
  input: LedgerInput,
  context: { caller: Caller; now: string; today: string; requestId: string; agencies: ReadonlySet<string> },
  store: PolicyTaskStore,
): Promise<{ created: boolean; ledger: StoredLedger }> {
  const issues = ledgerIssues(input, context.agencies);
  // Bounds the periods every overdue list walks (24 a year): a plan's ledger is yearly.
  const earliest = addDays(context.today, -maxLookBackDays);
  if (input.reporting.startsOn < earliest)
    issues.push({ path: 'body.reporting.startsOn', message: `at most two years back: ${earliest} or later` });
  if (issues.length > 0) throw new ValidationError(issues[0]?.message ?? 'Invalid ledger', issues);
  const current = await store.currentLedger();
  const changes = ledgerChanges(current, input);
  const unchanged =
    current &&
    !changes.settingsChanged &&
    changes.added.length + changes.removed.length + changes.changed.length === 0 &&
    current.measures.map((m) => m.id).join() === input.measures.map((m) => m.id).join();
  if (current && unchanged) return { created: false, ledger: current };
  const ledger: StoredLedger = {
    ...input,
    version: (current?.version ?? 0) + 1,
    loadedAt: context.now,
    loadedBy: { clientId: context.caller.clientId, orgId: context.caller.orgId },
  };
  const stored = await store.addLedger(ledger, {
    subjectType: 'policy-ledger',
    subjectId: 'ledger',
    action: current ? 'policy-ledger.reloaded' : 'policy-ledger.loaded',
    principal: context.caller,
    at: context.now,
    discriminator: context.requestId,
    detail: { version: ledger.version, measures: input.measures.length, ...changes },
  });
  if (!stored) throw new ConflictError('Another ledger version was loaded at the same moment; load again');
  return { created: true, ledger };
}

/**
 * A responsible unit's progress on one of its measures for a period (the office reads, it does not report):
 * the first report, or a correction stored as the next version with the changed fields audited; the same
 * text and status again store nothing. Another unit's measure is a 403; a period that is not a due date of the
 * cycle, or has not opened yet, a 422. A report after the due date is taken and marked late.
 */
export async function reportProgress(
  input: { measureId: string; period: string; status: ProgressStatus; progress: string },
  context: { caller: Caller; now: string; today: string; requestId: string },
  store: PolicyTaskStore,
): Promise<{ created: boolean; report: ProgressReport }> {
  const ledger = await ledgerOrNotFound(store);
  const measure = ledger.measures.find((m) => m.id === input.measureId);
  if (!measure) throw new NotFoundError(`No measure ${input.measureId} in the ledger`);
  const { orgId } = context.caller;
  if (context.caller.role !== 'agency' || !measure.responsible.includes(orgId))
    throw new ForbiddenError(
      `${orgId} is not a responsible unit of ${measure.id}: it reports its own measures`,
      [{ path: 'path.measureId', message: `responsible units: ${measure.responsible.join(', ')}` }],
    );
  const issue = periodIssue(ledger.reporting, input.period, context.today);
  if (issue) throw new ValidationError(issue, [{ path: 'path.period', message: issue }]);
  const history = await store.reportVersions(measure.id, orgId, input.period);
  const latest = history.at(-1);
  if (latest && latest.status === input.status && latest.progress === input.progress)
    return { created: false, report: latest };
  const report: ProgressReport = {
    measureId: measure.id,
    period: input.period,
    orgId,
    version: (latest?.version ?? 0) + 1,
    status: input.status,
    progress: input.progress,
    submittedAt: context.now,
    reportedOn: context.today,
    submittedBy: { clientId: context.caller.clientId, orgId, role: context.caller.role },
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (latest && latest.status !== report.status) changes.status = { from: latest.status, to: report.status };
  if (latest && latest.progress !== report.progress)
    changes.progress = { from: latest.progress, to: report.progress };
  const stored = await store.addReport(report, {
    subjectType: 'policy-task-progress',
    subjectId: `${measure.id}/${orgId}/${input.period}`,
    action: latest ? 'policy-task.progress-corrected' : 'policy-task.progress-reported',
    principal: context.caller,
    at: context.now,
    discriminator: context.requestId,
    ...(latest ? { changes } : {}),
    detail: { version: report.version, late: report.reportedOn > input.period },
  });
  if (!stored)
    throw new ConflictError(
      `Another report of ${orgId} on ${measure.id} for ${input.period} was stored at the same moment; read it and report again`,
    );
  return { created: true, report };
}

/** One measure with where each responsible unit stands for the period. */
export interface MeasureView extends Measure {
  progress: (Obligation & { report?: ProgressReport })[];
}

/**
 * The ledger as a caller may read it, for one period (default: the latest due as of today): the office every
 * measure, an agency the measures it is responsible for; each with every responsible unit's state and report.
 */
export async function readLedger(
  query: { period?: string | undefined; today: string },
  caller: Caller,
  store: PolicyTaskStore,
): Promise<{
  ledger: StoredLedger;
  period: string;
  opens: string;
  measures: MeasureView[];
  reports: ProgressReport[];
}> {
  const ledger = await ledgerOrNotFound(store);
  const period = query.period ?? defaultExportPeriod(ledger.reporting, query.today);
  if (!isPeriod(ledger.reporting, period))
    throw new ValidationError(`${period} is not a reporting period`, [
      {
        path: 'query.period',
        message: `a due date (${ledger.reporting.daysOfMonth.join(', ')} of a month) from ${firstPeriod(ledger.reporting)}`,
      },
    ]);
  const reports = await store.reports(period, period);
  const measures = visibleMeasures(ledger.measures, caller);
  const latest = new Map(reports.map((r) => [`${r.measureId}#${r.orgId}`, r])); // oldest first: the last wins
  const states = obligations(measures, [period], reports, query.today);
  return {
    ledger,
    period,
    opens: periodSpan(ledger.reporting, period).opens,
    measures: measures.map((m) => ({
      ...m,
      progress: states
        .filter((o) => o.measureId === m.id)
        .map((o) => {
          const report = latest.get(`${o.measureId}#${o.orgId}`);
          return report ? { ...o, report } : o;
        }),
    })),
    reports: reports.filter((r) => measures.some((m) => m.id === r.measureId)),
  };
}

/** The ledger's sheets for a period, as `readLedger` scopes them. */
export async function ledgerWorkbook(
  query: { period?: string | undefined; today: string },
  caller: Caller,
  store: PolicyTaskStore,
  names: Readonly<Record<string, string>>,
) {
  const { ledger, period, measures, reports } = await readLedger(query, caller, store);
  return { ledger, period, sheets: ledgerSheets({ measures }, reports, period, query.today, names) };
}

/** The overdue list as of a date: the office every unit's, an agency its own. */
export async function listOverdue(
  asOf: string,
  today: string,
  caller: Caller,
  store: PolicyTaskStore,
): Promise<Obligation[]> {
  const latest = addDays(today, maxLookAheadDays);
  if (asOf > latest)
    throw new ValidationError(`${asOf} is more than a year ahead`, [
      { path: 'query.asOf', message: `${latest} or earlier` },
    ]);
  const ledger = await ledgerOrNotFound(store);
  const reports = await store.reports(firstPeriod(ledger.reporting), asOf);
  const all = overdueList(ledger, reports, asOf);
  return caller.role === 'agency' ? all.filter((o) => o.orgId === caller.orgId) : all;
}

/** What is due within the ledger's reminder working days of `asOf`, and who still owes it. */
export async function buildReminder(
  asOf: string,
  deps: { store: PolicyTaskStore; calendar: HolidayCalendarSource },
  workingDays?: number,
): Promise<Reminder | undefined> {
  const ledger = await deps.store.currentLedger();
  if (!ledger) return undefined;
  const days = workingDays ?? ledger.reporting.reminderWorkingDays;
  const upcoming = periodsDueWithin(ledger.reporting, await deps.calendar.calendar(), asOf, days);
  const reports =
    upcoming.length === 0 ? [] : await deps.store.reports(asOf, upcoming.at(-1)?.period ?? asOf);
  return reminderFor(ledger, upcoming, reports, asOf, days);
}

/**
 * The daily schedule: the reminder of the day, stored under its date (a retried run overwrites the same
 * day). Nothing is stored before a ledger is loaded.
 */
export async function sendReminder(
  asOf: string,
  generatedAt: string,
  deps: { store: PolicyTaskStore; calendar: HolidayCalendarSource },
): Promise<StoredReminder | undefined> {
  const reminder = await buildReminder(asOf, deps);
  if (!reminder) return undefined;
  const stored = { ...reminder, generatedAt };
  await deps.store.putReminder(stored);
  return stored;
}

/**
 * The reminder of a day as a caller may read it: the one the schedule stored, else built now (not stored).
 * An agency sees only what it owes.
 */
export async function readReminder(
  asOf: string,
  caller: Caller,
  deps: { store: PolicyTaskStore; calendar: HolidayCalendarSource },
): Promise<StoredReminder | (Reminder & { generatedAt?: undefined })> {
  await ledgerOrNotFound(deps.store);
  const reminder = (await deps.store.reminder(asOf)) ?? (await buildReminder(asOf, deps));
  if (!reminder) throw new NotFoundError('No policy task ledger is loaded');
  if (caller.role !== 'agency') return reminder;
  return {
    ...reminder,
    periods: reminder.periods.map((p) => ({
      ...p,
      outstanding: p.outstanding.filter((o) => o.orgId === caller.orgId),
    })),
  };
}
