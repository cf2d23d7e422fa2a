import { defineService } from '@sme/runtime';
import { routes } from './contracts.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/**
 * Bank delivery and the feedback loop: pushes reach each bank on its own SQS queue or signed webhook,
 * banks answer through the API, deadlines are watched, outcomes are shared between the banks of a push.
 */
export const deliveryManifest = defineService({
  service: 'delivery',
  tables: {
    'delivery-pushes': {
      partitionKey: { name: 'pushId', type: 'S' },
      stream: true,
      indexes: {
        byBank: {
          partitionKey: { name: 'bankId', type: 'S' },
          sortKey: { name: 'bankSk', type: 'S' },
          projection: 'all',
        },
        byBatchEnterprise: {
          partitionKey: { name: 'batchUscc', type: 'S' },
          sortKey: { name: 'bankId', type: 'S' },
          projection: 'all',
        },
        byOpen: {
          partitionKey: { name: 'open', type: 'S' },
          sortKey: { name: 'bankSk', type: 'S' },
          projection: 'all',
        },
        byDue: {
          partitionKey: { name: 'dueIndex', type: 'S' },
          sortKey: { name: 'dueSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        "Push (a bank's inbox item): GetItem pushId; created once from EnterprisePushed (attribute_not_exists); progress by UpdateItem conditioned on `version`, appending to `history`",
        "A bank's inbox: Query byBank bankId=<bank>, bankSk=<pushedAt>#<pushId> descending; a push of another bank is never reachable by a bank's key (GetItem checks bankId → 404)",
        'Outcome sharing: Query byBatchEnterprise batchUscc=<batchId>#<uscc>: the other banks pushed the same enterprise in the same batch',
        'The "no decision yet" set: Query byOpen open=OPEN (sparse: removed when the bank decides)',
        'Pushes that may be due (the sweep, the overdue list): Query byDue dueIndex=DUE, dueSk < <date> where dueSk=<earliest possible due>#<pushId> (sparse: present while a deadline runs; the earliest possible due needs no holiday table, so loading a year rewrites nothing; exact deadlines are computed on read)',
        'Stream (new and old images) feeds `push-changes`: BankFeedbackRecorded, outcome notices and one audit entry per version',
      ],
    },
    'delivery-push-cards': {
      partitionKey: { name: 'pushId', type: 'S' },
      accessPatterns: [
        "The push card as pushed: GetItem pushId (written once from EnterprisePushed; served to the push's bank only, while its push grant lasts, every read audited)",
      ],
    },
    'delivery-deliveries': {
      partitionKey: { name: 'deliveryId', type: 'S' },
      indexes: {
        byStatus: {
          partitionKey: { name: 'status', type: 'S' },
          sortKey: { name: 'statusSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Delivery: GetItem deliveryId (sha256 of notice type, subject and bank: a re-processed source event finds the same record); created with attribute_not_exists',
        'An attempt is claimed by UpdateItem conditioned on status=pending, the attempt count and an expired lease, so two copies of the outbound message never both send',
        'Parked / disabled / pending lists: Query byStatus status=<status>, statusSk=<bankId>#<createdAt>#<deliveryId> (begins_with bankId# for one bank)',
      ],
    },
    'delivery-endpoints': {
      partitionKey: { name: 'bankId', type: 'S' },
      accessPatterns: [
        'Webhook endpoint state of a bank: GetItem bankId → signing secrets (the current one, and the previous one until its overlap ends) and whether a 410 disabled it',
        'Each secret is stored sealed with the city key `webhook-secrets` (ciphertext, key id, createdAt), bound to city and bank by the encryption context: only the sender opens, only the rotation seals',
      ],
    },
    'delivery-enterprises': {
      partitionKey: { name: 'uscc', type: 'S' },
      accessPatterns: [
        'No-loan household flag for the 5-working-day reply deadline: GetItem uscc; replaced only by a newer enterprise version (conditional on enterpriseVersion)',
      ],
    },
  },
  queues: {
    'delivery-enterprise-pushed': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-pushed',
      description: 'EnterprisePushed: a push becomes an inbox item and a notice to the bank',
    },
    'delivery-enterprise-events': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-events',
      description: 'Registry events: the no-loan household flag for reply deadlines',
    },
    'delivery-blacklist-entries': {
      maxReceiveCount: 5,
      subscribes: 'blacklist-entries',
      description: 'Blacklist confirmations, updates and revocations: a notice to every bank',
    },
    'delivery-outbound': {
      maxReceiveCount: 10,
      description:
        'One message per delivery attempt due (re-sent with a delay for retries); the record in delivery-deliveries is the truth',
    },
  },
  functions: {
    'enterprise-pushed': {
      entry: handler('enterprise-pushed'),
      trigger: { kind: 'queue', queue: 'delivery-enterprise-pushed', batchSize: 10 },
      timeoutSeconds: 30,
      tables: {
        'delivery-pushes': 'readwrite',
        'delivery-push-cards': 'readwrite',
        'delivery-enterprises': 'read',
        'delivery-deliveries': 'readwrite',
        'holiday-calendar': 'read',
      },
      sends: ['delivery-outbound'],
    },
    'enterprise-events': {
      entry: handler('enterprise-events'),
      trigger: { kind: 'queue', queue: 'delivery-enterprise-events', batchSize: 10 },
      tables: { 'delivery-enterprises': 'readwrite' },
    },
    'blacklist-entries': {
      entry: handler('blacklist-entries'),
      trigger: { kind: 'queue', queue: 'delivery-blacklist-entries', batchSize: 10 },
      timeoutSeconds: 30,
      tables: { 'delivery-deliveries': 'readwrite' },
      sends: ['delivery-outbound'],
    },
    'send-delivery': {
      entry: handler('send-delivery'),
      trigger: { kind: 'queue', queue: 'delivery-outbound', batchSize: 10, maxConcurrency: 4 },
      timeoutSeconds: 60,
      tables: { 'delivery-deliveries': 'readwrite', 'delivery-endpoints': 'readwrite' },
      // Opens the signing secrets to sign; never seals (a legacy plaintext row is sealed at its next rotation).
      keys: { 'webhook-secrets': 'decrypt' },
      sends: ['delivery-outbound'],
      sendsToBankQueues: true,
    },
    'push-changes': {
      entry: handler('push-changes'),
      trigger: { kind: 'stream', table: 'delivery-pushes', batchSize: 100 },
      timeoutSeconds: 60,
      tables: { 'delivery-pushes': 'read', 'delivery-deliveries': 'readwrite', audit: 'append' },
      sends: ['delivery-outbound'],
      publishes: ['bank-feedback'],
    },
    'deadline-sweep': {
      entry: handler('deadline-sweep'),
      // 01:00 in Shanghai (UTC+8), every day.
      trigger: {
        kind: 'schedule',
        expression: 'cron(0 17 * * ? *)',
        description: 'Daily: reminders before, and escalations after, each bank deadline',
      },
      timeoutSeconds: 300,
      tables: {
        'delivery-pushes': 'readwrite',
        'delivery-deliveries': 'readwrite',
        'holiday-calendar': 'read',
      },
      sends: ['delivery-outbound'],
      publishes: ['push-deadlines'],
    },
    'redrive-stale-deliveries': {
      entry: handler('redrive-stale-deliveries'),
      trigger: {
        kind: 'schedule',
        expression: 'rate(1 hour)',
        description: 'Hourly: re-queue pending deliveries whose attempt message was lost',
      },
      timeoutSeconds: 120,
      tables: { 'delivery-deliveries': 'read' },
      sends: ['delivery-outbound'],
    },
    'list-bank-pushes': {
      entry: handler('list-bank-pushes'),
      trigger: { kind: 'http', route: routes.listBankPushes },
      tables: { 'delivery-pushes': 'read', 'holiday-calendar': 'read' },
    },
    'get-bank-push': {
      entry: handler('get-bank-push'),
      trigger: { kind: 'http', route: routes.getBankPush },
      tables: { 'delivery-pushes': 'read', 'holiday-calendar': 'read' },
    },
    'get-push-card': {
      entry: handler('get-push-card'),
      trigger: { kind: 'http', route: routes.getPushCard },
      tables: {
        'delivery-pushes': 'read',
        'delivery-push-cards': 'read',
        'holiday-calendar': 'read',
        audit: 'append',
      },
    },
    'record-push-progress': {
      entry: handler('record-push-progress'),
      trigger: { kind: 'http', route: routes.recordPushProgress },
      tables: { 'delivery-pushes': 'readwrite', idempotency: 'readwrite', 'holiday-calendar': 'read' },
    },
    'list-overdue-pushes': {
      entry: handler('list-overdue-pushes'),
      trigger: { kind: 'http', route: routes.listOverduePushes },
      tables: { 'delivery-pushes': 'read', 'holiday-calendar': 'read' },
    },
    'get-holiday-calendar': {
      entry: handler('get-holiday-calendar'),
      trigger: { kind: 'http', route: routes.getHolidayCalendar },
      tables: { 'holiday-calendar': 'read' },
    },
    'load-holiday-year': {
      entry: handler('load-holiday-year'),
      trigger: { kind: 'http', route: routes.loadHolidayYear },
      tables: { 'holiday-calendar': 'readwrite', audit: 'append' },
    },
    'list-deliveries': {
      entry: handler('list-deliveries'),
      trigger: { kind: 'http', route: routes.listDeliveries },
      tables: { 'delivery-deliveries': 'read' },
    },
    'get-delivery': {
      entry: handler('get-delivery'),
      trigger: { kind: 'http', route: routes.getDelivery },
      tables: { 'delivery-deliveries': 'read' },
    },
    'replay-delivery': {
      entry: handler('replay-delivery'),
      trigger: { kind: 'http', route: routes.replayDelivery },
      tables: {
        'delivery-deliveries': 'readwrite',
        'delivery-endpoints': 'read',
        idempotency: 'readwrite',
        audit: 'append',
      },
      sends: ['delivery-outbound'],
    },
    'rotate-webhook-secret': {
      entry: handler('rotate-webhook-secret'),
      trigger: { kind: 'http', route: routes.rotateWebhookSecret },
      tables: { 'delivery-endpoints': 'readwrite', audit: 'append' },
      // Seals the new secret (and a legacy plaintext one it keeps for the overlap); opens only the newest,
      // for a retry with the Idempotency-Key that made it.
      keys: { 'webhook-secrets': 'encrypt-decrypt' },
    },
    'enable-webhook-endpoint': {
      entry: handler('enable-webhook-endpoint'),
      trigger: { kind: 'http', route: routes.enableWebhookEndpoint },
      tables: { 'delivery-endpoints': 'readwrite', audit: 'append' },
    },
  },
});
