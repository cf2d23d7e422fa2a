import { defineService } from '@sme/runtime';
import { routes } from './contracts.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

const consumer = (queue: string, tables: Record<string, 'read' | 'readwrite' | 'write'>) => ({
  entry: handler(queue.replace(/^monitoring-/, '')),
  trigger: { kind: 'queue' as const, queue, batchSize: 10 },
  timeoutSeconds: 30,
  tables,
});

/**
 * Monitoring (seed 001 §四, §六): figures per industry, township and bank from the events of the
 * other services, the two gap lists (应进未进, 应贷未贷) and the weekly bulletin (周通报).
 */
export const monitoringManifest = defineService({
  service: 'monitoring',
  tables: {
    'monitoring-facts': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Record a fact: PutItem pk=FACT#<yyyy-mm>, sk=<yyyy-mm-dd>#<kind>#<eventId>, condition attribute_not_exists(pk): a redelivered event is the same key and is counted once, with the dimensions it was first seen with',
        'Summary over [from, to]: one Query per month touched, pk=FACT#<month>, sk BETWEEN <from> AND <to>#~ (paginated); the month partition bounds each read and keeps a range to ≤ 13 partitions (a range is ≤ 366 days)',
        "A month's facts share a partition: a city's declarations, pushes and bank steps are far below one partition's write rate; a bigger stack would add a shard suffix",
      ],
    },
    'monitoring-enterprises': {
      partitionKey: { name: 'uscc', type: 'S' },
      indexes: {
        shouldBeIn: {
          partitionKey: { name: 'gapTownship', type: 'S' },
          sortKey: { name: 'gapSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Projection: GetItem uscc (dimensions frozen into facts); registry, credit and declaration parts each replaced only by a newer version of itself',
        'Update: GetItem (consistent) → change → PutItem conditioned on `rev` (optimistic; retried), so the sparse keys always match the parts',
        "Should be in but isn't (应进未进): Query shouldBeIn gapTownship=<township>, gapSk <0 key-industry-chain | 1>#<uscc>; sparse — only registered, normal, not large, no hard-stop, never declared enterprises carry gapTownship. No township: the city's townships in config order, one Query each",
        'Bulletin: Query shouldBeIn with Select COUNT per township',
      ],
    },
    'monitoring-pushes': {
      partitionKey: { name: 'pushId', type: 'S' },
      indexes: {
        shouldBeLent: {
          partitionKey: { name: 'gapBank', type: 'S' },
          sortKey: { name: 'gapSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        "Projection: pushId → the push (pushedOn once EnterprisePushed arrived), the bank's steps by seq, the worst deadline state; optimistic update on `rev` like monitoring-enterprises",
        "Should be lent but isn't (应贷未贷): Query shouldBeLent gapBank=<bankId>, gapSk <pushedOn>#<pushId> (oldest first); sparse — only pushes without approval or explained rejection carry gapBank. No bank: the city's banks in config order",
        'Bulletin: Query shouldBeLent with Select COUNT per bank',
      ],
    },
    'monitoring-bulletins': {
      partitionKey: { name: 'weekStart', type: 'S' },
      accessPatterns: [
        'Weekly bulletin: PutItem weekStart=<Monday> (regenerating a week overwrites it: same id), GetItem weekStart; the bulletin is one JSON string',
      ],
    },
    'monitoring-counters': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        "Count a fact once: TransactWriteItems of its marker (pk=SEEN#<kind>#<subject> or EVENT#disbursed#<eventId>, sk=MARK, attribute_not_exists; a push approval's marker holds what it counted and is replaced on seq = :held by a later approval) and ADD on its counter items: pk=COUNT#<grouping>#<yyyy-mm>, sk=D#<yyyy-mm-dd>#<group> (the day) and sk=M#<group> (the month), for each of the 3 groupings",
        'Summary over [from, to]: per month touched, one Query — begins_with(sk, M#) for a whole month (one item per group), sk BETWEEN D#<from> AND D#<to>#~ for the ends; a year is ≤ 2 partial months of days × groups plus ≤ 12 × groups month items, whatever the number of facts',
      ],
    },
    'monitoring-bank-returns': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        "A bank's return: Query pk=<yyyy-mm>, begins_with(sk, <bankId>#) (consistent): every version, oldest first, sk <bankId>#<version, 6 digits>",
        "The month: Query pk=<yyyy-mm>: every bank's versions (banks × corrections, a few dozen items), the last per bank is current",
        'Submit: TransactWriteItems of the next version (attribute_not_exists: a racing submission is a 409) and its audit entry; never updated or deleted',
      ],
    },
    'monitoring-policy-tasks': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Policy task ledger (抓落实清单): versions pk=LEDGER, sk=v<version, 6 digits>; the current one is Query pk=LEDGER newest first, Limit 1; a load is TransactWriteItems of the next version (attribute_not_exists: a racing load is a 409) and its audit entry',
        "Progress reports (双周进展情况): pk=REPORTS#<year of the period>, sk=<period>#<measureId>#<orgId>#<version, 6 digits>, written once with their audit entry; a unit's history of a measure and period is begins_with(sk, <period>#<measureId>#<orgId>#); the periods of [from, to] are one Query per year touched, sk BETWEEN <from> AND <to>#~ (a year is 24 periods × measures × units, a few thousand items)",
        'Reminders: pk=REMINDER, sk=<date>, written by the daily schedule (a rerun overwrites its day), GetItem by date',
      ],
    },
  },
  queues: {
    'monitoring-enterprise-events': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-events',
      description: 'Registry events: township, industry, status and tags of the enterprise projection',
    },
    'monitoring-credit-events': {
      maxReceiveCount: 5,
      subscribes: 'credit-profile-events',
      description: 'CreditProfileChanged: hard-stop flag (no hard-stop enterprise is "should be in")',
    },
    'monitoring-declaration-events': {
      maxReceiveCount: 5,
      subscribes: 'declaration-events',
      description:
        'DeclarationChanged: declared and recommended facts; declared enterprises leave "should be in"',
    },
    'monitoring-enterprise-pushed': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-pushed',
      description: 'EnterprisePushed: pushed facts; the push enters "should be lent"',
    },
    'monitoring-bank-feedback': {
      maxReceiveCount: 5,
      subscribes: 'bank-feedback',
      description:
        'BankFeedbackRecorded: contacted, approved, rejected, disbursed facts; decided pushes leave "should be lent"',
    },
    'monitoring-push-deadlines': {
      maxReceiveCount: 5,
      subscribes: 'push-deadlines',
      description: 'PushDeadlineChanged: deadline breaches per bank',
    },
  },
  functions: {
    'get-summary': {
      entry: handler('get-summary'),
      trigger: { kind: 'http', route: routes.getSummary },
      tables: { 'monitoring-counters': 'read' },
    },
    'list-should-be-in': {
      entry: handler('list-should-be-in'),
      trigger: { kind: 'http', route: routes.listShouldBeIn },
      tables: { 'monitoring-enterprises': 'read' },
    },
    'list-should-be-lent': {
      entry: handler('list-should-be-lent'),
      trigger: { kind: 'http', route: routes.listShouldBeLent },
      tables: { 'monitoring-pushes': 'read' },
    },
    'get-bulletin': {
      entry: handler('get-bulletin'),
      trigger: { kind: 'http', route: routes.getBulletin },
      // A week not archived is built on demand: the week's facts and the gap counts, as the schedule does.
      timeoutSeconds: 29,
      memoryMb: 1536,
      tables: {
        'monitoring-bulletins': 'read',
        'monitoring-facts': 'read',
        'monitoring-enterprises': 'read',
        'monitoring-pushes': 'read',
      },
    },
    'weekly-bulletin': {
      entry: handler('weekly-bulletin'),
      // EventBridge cron is UTC: Sunday 17:00 UTC is Monday 01:00 in Shanghai.
      trigger: {
        kind: 'schedule',
        expression: 'cron(0 17 ? * SUN *)',
        description: 'Weekly monitoring bulletin (周通报), Monday 01:00 Asia/Shanghai',
      },
      timeoutSeconds: 120,
      memoryMb: 1536,
      tables: {
        'monitoring-facts': 'read',
        'monitoring-enterprises': 'read',
        'monitoring-pushes': 'read',
        'monitoring-bulletins': 'write',
      },
    },
    'put-bank-return': {
      entry: handler('put-bank-return'),
      trigger: { kind: 'http', route: routes.putBankReturn },
      tables: { 'monitoring-bank-returns': 'readwrite', audit: 'append' },
    },
    'upload-bank-return': {
      entry: handler('upload-bank-return'),
      trigger: { kind: 'http', route: routes.uploadBankReturn },
      tables: { 'monitoring-bank-returns': 'readwrite', audit: 'append' },
    },
    'get-return-template': {
      entry: handler('get-return-template'),
      trigger: { kind: 'http', route: routes.getReturnTemplate },
    },
    'get-bank-return': {
      entry: handler('get-bank-return'),
      trigger: { kind: 'http', route: routes.getBankReturn },
      tables: { 'monitoring-bank-returns': 'read' },
    },
    'list-bank-returns': {
      entry: handler('list-bank-returns'),
      trigger: { kind: 'http', route: routes.listBankReturns },
      tables: { 'monitoring-bank-returns': 'read' },
    },
    'get-monthly-notice': {
      entry: handler('get-monthly-notice'),
      trigger: { kind: 'http', route: routes.getMonthlyNotice },
      tables: { 'monitoring-bank-returns': 'read' },
    },
    'get-monthly-report': {
      entry: handler('get-monthly-report'),
      trigger: { kind: 'http', route: routes.getMonthlyReport },
      // One month partition of facts, like the summary over a month.
      timeoutSeconds: 29,
      memoryMb: 1536,
      tables: { 'monitoring-facts': 'read', 'monitoring-bank-returns': 'read' },
    },
    'get-daily-dispatch': {
      entry: handler('get-daily-dispatch'),
      trigger: { kind: 'http', route: routes.getDailyDispatch },
      tables: { 'monitoring-facts': 'read', 'monitoring-enterprises': 'read', 'monitoring-pushes': 'read' },
    },
    'load-policy-ledger': {
      entry: handler('load-policy-ledger'),
      trigger: { kind: 'http', route: routes.loadPolicyLedger },
      tables: { 'monitoring-policy-tasks': 'readwrite', audit: 'append' },
    },
    'get-policy-ledger': {
      entry: handler('get-policy-ledger'),
      trigger: { kind: 'http', route: routes.getPolicyLedger },
      timeoutSeconds: 29,
      memoryMb: 1024,
      tables: { 'monitoring-policy-tasks': 'read' },
    },
    'report-policy-progress': {
      entry: handler('report-policy-progress'),
      trigger: { kind: 'http', route: routes.reportPolicyProgress },
      tables: { 'monitoring-policy-tasks': 'readwrite', audit: 'append' },
    },
    'list-policy-overdue': {
      entry: handler('list-policy-overdue'),
      trigger: { kind: 'http', route: routes.listPolicyOverdue },
      tables: { 'monitoring-policy-tasks': 'read' },
    },
    'get-policy-reminder': {
      entry: handler('get-policy-reminder'),
      trigger: { kind: 'http', route: routes.getPolicyReminder },
      tables: { 'monitoring-policy-tasks': 'read', 'holiday-calendar': 'read' },
    },
    'policy-task-reminders': {
      entry: handler('policy-task-reminders'),
      // EventBridge cron is UTC: 17:30 UTC is 01:30 the next day in Shanghai (after delivery's 01:00 sweep).
      trigger: {
        kind: 'schedule',
        expression: 'cron(30 17 * * ? *)',
        description:
          'Daily: policy task progress due within the ledger’s reminder working days (双周进展情况), 01:30 Asia/Shanghai',
      },
      timeoutSeconds: 60,
      tables: { 'monitoring-policy-tasks': 'readwrite', 'holiday-calendar': 'read' },
    },
    'enterprise-events': consumer('monitoring-enterprise-events', { 'monitoring-enterprises': 'readwrite' }),
    'credit-events': consumer('monitoring-credit-events', { 'monitoring-enterprises': 'readwrite' }),
    'declaration-events': consumer('monitoring-declaration-events', {
      'monitoring-enterprises': 'readwrite',
      'monitoring-facts': 'write',
      'monitoring-counters': 'readwrite',
    }),
    'enterprise-pushed': consumer('monitoring-enterprise-pushed', {
      'monitoring-enterprises': 'read',
      'monitoring-facts': 'write',
      'monitoring-counters': 'readwrite',
      'monitoring-pushes': 'readwrite',
    }),
    'bank-feedback': consumer('monitoring-bank-feedback', {
      'monitoring-enterprises': 'read',
      'monitoring-facts': 'write',
      'monitoring-counters': 'readwrite',
      'monitoring-pushes': 'readwrite',
    }),
    'push-deadlines': consumer('monitoring-push-deadlines', {
      'monitoring-enterprises': 'read',
      'monitoring-facts': 'write',
      'monitoring-counters': 'readwrite',
      'monitoring-pushes': 'readwrite',
    }),
  },
});
