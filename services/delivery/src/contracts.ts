import { pushCardV1 } from '@sme/events';
import { freeText, holidayYearSchema } from '@sme/kernel';
import { etagHeader, problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { deliveryStatuses } from './domain/delivery-record.ts';
import {
  applicationReceivedEventSchema,
  approvedEventSchema,
  contactedEventSchema,
  disbursedEventSchema,
  materialsCompleteEventSchema,
  pushStatuses,
} from './domain/push-inbox-state.ts';

/** Request and response contracts of bank delivery, shared by handlers, the manifest and /openapi.json. */

const pushId = z.string().regex(/^p[0-9a-f]{24}$/, 'a push id as EnterprisePushed gives it');
const deliveryId = z.string().regex(/^dlv_[0-9a-f]{26}$/, 'a delivery id as this API returns it');
const bankId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a bank id of the city');
const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(1000).optional();

/**
 * The rejection's reason codes are checked against the city's list by the handler (the list is per
 * city, this document is not), naming the bad `reasonCodes.<i>`.
 */
const rejectedBody = z.strictObject({
  type: z.literal('rejected'),
  rejectedOn: z.iso.date(),
  reasonCodes: z.array(z.string().min(1).max(60)).min(1).max(20),
  reasonText: freeText(2000),
  repairSuggestions: z.array(freeText(500)).min(1).max(20),
});

export const progressBodySchema = z
  .discriminatedUnion('type', [
    contactedEventSchema,
    applicationReceivedEventSchema,
    materialsCompleteEventSchema,
    approvedEventSchema,
    rejectedBody,
    disbursedEventSchema,
  ])
  .meta({ id: 'PushProgressEvent', description: "One step of a bank's progress on a push" });

const deadline = z
  .object({
    kind: z.enum(['decision-30-days', 'no-loan-5-working-days']).meta({
      description:
        '`decision-30-days`: decide within 30 calendar days of complete materials (seed 001 §三(二)); `no-loan-5-working-days`: answer a no-loan household’s credit application within 5 working days (seed 003 §五)',
    }),
    from: z.iso.date().meta({ description: 'The day the clock started (it does not count)' }),
    due: z.iso.date().meta({ description: 'The last on-time day, inclusive (Asia/Shanghai)' }),
    provisional: z.boolean().meta({
      description:
        'True when a year the count crosses has no holiday calendar yet: weekends only were skipped; the date becomes exact when ops load the year',
    }),
    overdue: z.boolean().meta({ description: 'True from the day after `due` while no decision is recorded' }),
  })
  .meta({ id: 'PushDeadline' });

export const pushViewSchema = z
  .object({
    pushId: z.string(),
    batchId: z.string(),
    uscc: z.string(),
    bankId: z.string(),
    pushedAt: z.iso.datetime(),
    applicationOn: z.iso.date().optional().meta({
      description:
        'The day the bank received the credit application: the push date when the declaration is the application, else the day the bank recorded (`application-received`)',
    }),
    creditAccessUntil: z.iso.date().optional().meta({
      description: 'The last day the bank may read the card and the credit profile for this push',
    }),
    status: z.enum(pushStatuses),
    progress: z.record(z.string(), z.unknown()),
    deadlines: z.array(deadline),
    overdue: z.boolean().meta({ description: 'A running deadline has passed' }),
    history: z.array(z.object({ seq: z.int(), type: z.string(), at: z.iso.datetime() })),
    version: z.int(),
    links: z.object({ card: z.string(), creditProfile: z.string() }),
  })
  .meta({ id: 'BankPush', description: 'One enterprise pushed to the calling bank, and its progress' });

const overdueSchema = z.object({
  pushId: z.string(),
  batchId: z.string(),
  uscc: z.string(),
  bankId: z.string(),
  status: z.enum(pushStatuses),
  deadlines: z.array(deadline),
  overdueSince: z.iso.date().meta({ description: 'The day after the first missed deadline' }),
});

const cardPurposes = ['contact-enterprise', 'credit-assessment', 'loan-review', 'push-follow-up'] as const;

export const pushCardViewSchema = z
  .object({
    pushId: z.string(),
    batchId: z.string(),
    bankId: z.string(),
    pushedAt: z.iso.datetime(),
    status: z.enum(pushStatuses),
    creditAccessUntil: z.iso.date().optional(),
    card: pushCardV1,
    deadlines: z.array(deadline),
    overdue: z.boolean(),
    links: z.object({ push: z.string(), progress: z.string(), creditProfile: z.string() }),
  })
  .meta({ id: 'BankPushCard', description: 'The push card with its live status and deadlines' });

const year = z.string().regex(/^\d{4}$/, 'a year such as 2027');

const calendarStatusSchema = z
  .object({
    years: z.array(
      z.object({
        year: z.string(),
        source: z.enum(['city-file', 'loaded']),
        holidays: z.array(z.iso.date()),
        makeUpWorkdays: z.array(z.iso.date()),
        notice: z.record(z.string(), z.string()).optional(),
        loadedAt: z.iso.datetime().optional(),
        loadedBy: z.string().optional(),
      }),
    ),
    coveredUntil: z.iso.date().optional(),
    daysLeft: z.int().optional(),
    warning: z
      .boolean()
      .meta({ description: 'The last loaded year ends within 60 days (or nothing is loaded)' }),
    message: z.string(),
  })
  .meta({ id: 'HolidayCalendarStatus' });

export const deliveryViewSchema = z
  .object({
    deliveryId: z.string(),
    bankId: z.string(),
    channel: z.enum(['sqs', 'webhook']),
    type: z.string(),
    status: z.enum(deliveryStatuses),
    attempts: z.int(),
    round: z.int(),
    createdAt: z.iso.datetime(),
    nextAttemptAt: z.iso.datetime().optional(),
    deliveredAt: z.iso.datetime().optional(),
    log: z.array(z.object({ attempt: z.int(), round: z.int(), at: z.string(), result: z.unknown() })),
  })
  .meta({ id: 'Delivery', description: 'One notice to one bank, and its delivery attempts' });

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
const errors = {
  400: { description: 'Invalid input', schema: problemSchema },
  403: { description: 'Not allowed', schema: problemSchema },
  404: { description: 'Not found (or not yours)', schema: problemSchema },
};

export const routes = {
  listBankPushes: {
    method: 'GET',
    path: '/v1/bank/pushes',
    permission: 'bank-push:read',
    summary: "The calling bank's pushes, newest first",
    tags: ['bank delivery'],
    query: z.strictObject({ status: z.enum(pushStatuses).optional(), limit, cursor }),
    responses: { 200: { description: 'A page of pushes', schema: page(pushViewSchema) }, ...errors },
  },
  getBankPush: {
    method: 'GET',
    path: '/v1/bank/pushes/{pushId}',
    permission: 'bank-push:read',
    summary: "One push of the calling bank (another bank's push is 404)",
    tags: ['bank delivery'],
    params: z.strictObject({ pushId }),
    responses: {
      200: { description: 'The push', schema: pushViewSchema, headers: { ...etagHeader } },
      ...errors,
    },
  },
  getPushCard: {
    method: 'GET',
    path: '/v1/bank/pushes/{pushId}/card',
    permission: 'bank-push:card',
    auditRefusals: { subjectType: 'push-card', subjectParam: 'pushId' },
    summary: 'The push card (对接资料): who to contact, the demand, why this bank, screening, deadlines',
    description:
      'Served to the pushed bank only, until the push grant ends (`creditAccessUntil`); every read and every refusal is audited with its purpose. Another bank’s push is 404; an ended grant is 403.',
    tags: ['bank delivery'],
    params: z.strictObject({ pushId }),
    query: z.strictObject({ purpose: z.enum(cardPurposes) }),
    responses: {
      200: { description: 'The card', schema: pushCardViewSchema },
      ...errors,
      403: { description: 'Not a bank, or the push grant has ended', schema: problemSchema },
    },
  },
  getHolidayCalendar: {
    method: 'GET',
    path: '/v1/holiday-calendar',
    permission: 'holiday-calendar:read',
    summary: 'The national holiday calendar: years loaded, and how long it still covers',
    tags: ['bank delivery'],
    responses: { 200: { description: 'The calendar', schema: calendarStatusSchema }, ...errors },
  },
  loadHolidayYear: {
    method: 'PUT',
    path: '/v1/holiday-calendar/{year}',
    permission: 'holiday-calendar:write',
    summary: "Load one year from the State Council's notice (国务院办公厅关于部分节假日安排的通知)",
    description:
      'Every date must lie in the year; no day both off and worked; make-up working days (调休) on Saturdays or Sundays. Takes effect within a minute, without a redeploy: provisional deadlines in that year become exact.',
    tags: ['bank delivery'],
    params: z.strictObject({ year }),
    body: holidayYearSchema(),
    // The year 2026 as the State Council's notice gives it (PUT /v1/holiday-calendar/2026); next year's goes the same way.
    example: {
      holidays: [
        '2026-01-01',
        '2026-01-02',
        '2026-01-03',
        '2026-02-15',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
        '2026-02-23',
        '2026-04-04',
        '2026-04-05',
        '2026-04-06',
        '2026-05-01',
        '2026-05-02',
        '2026-05-03',
        '2026-05-04',
        '2026-05-05',
        '2026-06-19',
        '2026-06-20',
        '2026-06-21',
        '2026-09-25',
        '2026-09-26',
        '2026-09-27',
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-10-06',
        '2026-10-07',
      ],
      makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
      notice: { title: '国务院办公厅关于2026年部分节假日安排的通知' },
    },
    responses: {
      200: { description: 'The calendar after loading', schema: calendarStatusSchema },
      422: {
        description: 'A date outside the year, listed twice, both off and worked, or a weekday make-up day',
        schema: problemSchema,
      },
      ...errors,
    },
  },
  recordPushProgress: {
    method: 'POST',
    path: '/v1/bank/pushes/{pushId}/progress',
    permission: 'bank-push:feedback',
    summary:
      'Record progress: contacted, application received, materials complete, approved, rejected, disbursed',
    tags: ['bank delivery'],
    params: z.strictObject({ pushId }),
    body: progressBodySchema,
    example: {
      type: 'approved',
      approvedOn: '2026-12-03',
      amountFen: 300_000_000,
      annualRatePercent: '3.25',
      termMonths: 12,
      guaranteeType: 'government-guarantee',
      creditLoan: false,
      guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
    },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'The push after the step', schema: pushViewSchema, headers: { ...etagHeader } },
      409: { description: "Not allowed in the push's status", schema: problemSchema },
      412: { description: 'If-Match names an older version', schema: problemSchema },
      ...errors,
    },
  },
  listOverduePushes: {
    method: 'GET',
    path: '/v1/overdue-pushes',
    permission: 'overdue:read',
    summary: "The coordinator's overdue list: pushes past a bank deadline with no decision",
    tags: ['bank delivery'],
    query: z.strictObject({ bankId: bankId.optional(), limit, cursor }),
    responses: { 200: { description: 'A page of overdue pushes', schema: page(overdueSchema) }, ...errors },
  },
  listDeliveries: {
    method: 'GET',
    path: '/v1/deliveries',
    permission: 'delivery:read',
    summary: 'Deliveries by status (parked ones wait for a replay)',
    tags: ['bank delivery'],
    query: z.strictObject({
      status: z.enum(deliveryStatuses).default('parked'),
      bankId: bankId.optional(),
      limit,
      cursor,
    }),
    responses: { 200: { description: 'A page of deliveries', schema: page(deliveryViewSchema) }, ...errors },
  },
  getDelivery: {
    method: 'GET',
    path: '/v1/deliveries/{deliveryId}',
    permission: 'delivery:read',
    summary: 'One delivery and its attempts',
    tags: ['bank delivery'],
    params: z.strictObject({ deliveryId }),
    responses: { 200: { description: 'The delivery', schema: deliveryViewSchema }, ...errors },
  },
  replayDelivery: {
    method: 'POST',
    path: '/v1/deliveries/{deliveryId}/replay',
    permission: 'delivery:replay',
    summary: 'Start a parked (or endpoint-disabled) delivery again',
    tags: ['bank delivery'],
    params: z.strictObject({ deliveryId }),
    idempotent: true,
    responses: {
      202: { description: 'Queued for delivery', schema: deliveryViewSchema },
      409: { description: 'Not parked, or the endpoint is still disabled', schema: problemSchema },
      ...errors,
    },
  },
  rotateWebhookSecret: {
    method: 'POST',
    path: '/v1/webhook-endpoints/{bankId}/secret-rotations',
    permission: 'webhook-secret:rotate',
    summary: "New signing secret for a bank's webhook; the previous one stays valid for the overlap",
    description:
      'Send an `Idempotency-Key`: a retry with the same key within 24 hours answers the same secret and rotates nothing (the secret is reopened from its sealed row; no response cache holds it).',
    tags: ['bank delivery'],
    params: z.strictObject({ bankId }),
    idempotent: true,
    responses: {
      201: {
        description: 'The new secret, shown once (again to a retry with the same Idempotency-Key)',
        schema: z.object({
          bankId: z.string(),
          secret: z.string(),
          previousValidUntil: z.iso.datetime().optional(),
        }),
      },
      409: {
        description: 'Another rotation landed between read and write: rotate again',
        schema: problemSchema,
      },
      ...errors,
    },
  },
  enableWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhook-endpoints/{bankId}/enable',
    permission: 'delivery:replay',
    summary: 'Enable a webhook endpoint that a 410 disabled',
    tags: ['bank delivery'],
    params: z.strictObject({ bankId }),
    responses: {
      200: { description: 'Enabled', schema: z.object({ bankId: z.string(), enabled: z.boolean() }) },
      ...errors,
    },
  },
} as const satisfies Record<string, RouteSpec>;
