import { problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { deliveryStatuses } from './domain/delivery-record.ts';
import {
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
  reasonText: z.string().trim().min(1).max(2000),
  repairSuggestions: z.array(z.string().trim().min(1).max(500)).min(1).max(20),
});

export const progressBodySchema = z
  .discriminatedUnion('type', [
    contactedEventSchema,
    materialsCompleteEventSchema,
    approvedEventSchema,
    rejectedBody,
    disbursedEventSchema,
  ])
  .meta({ id: 'PushProgressEvent', description: "One step of a bank's progress on a push" });

const deadline = z.object({
  kind: z.enum(['decision-30-days', 'no-loan-5-working-days']),
  due: z.iso.date(),
});

export const pushViewSchema = z
  .object({
    pushId: z.string(),
    batchId: z.string(),
    uscc: z.string(),
    bankId: z.string(),
    pushedAt: z.iso.datetime(),
    status: z.enum(pushStatuses),
    progress: z.record(z.string(), z.unknown()),
    deadlines: z.array(deadline),
    history: z.array(z.object({ seq: z.int(), type: z.string(), at: z.iso.datetime() })),
    version: z.int(),
    links: z.object({ creditProfile: z.string() }),
  })
  .meta({ id: 'BankPush', description: 'One enterprise pushed to the calling bank, and its progress' });

const overdueSchema = z.object({
  pushId: z.string(),
  batchId: z.string(),
  uscc: z.string(),
  bankId: z.string(),
  status: z.enum(pushStatuses),
  deadlines: z.array(deadline),
  overdueSince: z.iso.date(),
});

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
    responses: { 200: { description: 'The push', schema: pushViewSchema }, ...errors },
  },
  recordPushProgress: {
    method: 'POST',
    path: '/v1/bank/pushes/{pushId}/progress',
    permission: 'bank-push:feedback',
    summary: 'Record progress: contacted, materials complete, approved, rejected, disbursed',
    tags: ['bank delivery'],
    params: z.strictObject({ pushId }),
    body: progressBodySchema,
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'The push after the step', schema: pushViewSchema },
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
    tags: ['bank delivery'],
    params: z.strictObject({ bankId }),
    responses: {
      201: {
        description: 'The new secret, shown once',
        schema: z.object({
          bankId: z.string(),
          secret: z.string(),
          previousValidUntil: z.iso.datetime().optional(),
        }),
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
