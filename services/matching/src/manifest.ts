import { defineService } from '@sme/runtime';
import { routes } from './contracts.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/** List matching (两张清单): declarations, screening and review, the recommendation list, push batches. */
export const matchingManifest = defineService({
  service: 'matching',
  tables: {
    'matching-declarations': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      stream: true,
      indexes: {
        byState: {
          partitionKey: { name: 'state', type: 'S' },
          sortKey: { name: 'stateSk', type: 'S' },
          projection: 'all',
        },
        byTownship: {
          partitionKey: { name: 'township', type: 'S' },
          sortKey: { name: 'townshipSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Declaration: GetItem pk=DCL#<id>, sk=DCL; every write is conditioned on `version` (optimistic concurrency; If-Match)',
        'Open-demand claim: pk=ENT#<uscc>, sk=OPEN#<purpose>|<guaranteeType> → declarationId; put with the declaration in one transaction (attribute_not_exists), deleted with the move to a closed state — "one open declaration per enterprise per demand"',
        "An enterprise's open declarations (re-screening): Query pk=ENT#<uscc>, begins_with(sk, OPEN#), consistent, then BatchGetItem — no index to maintain on every write",
        'By state (lists, the recommendation list, all RECOMMENDED for a batch): Query byState state=<state>, sk <0 key-industry-chain | 1>#<createdAt>#<id>: key-industry-chain first',
        'By township: Query byTownship township=<code>, begins_with(townshipSk, <state>#) optionally; sparse until the registry has described the enterprise',
        'Push confirm: UpdateItem in TransactWriteItems, condition state=RECOMMENDED, screening passes, no intermediary hit',
        'Stream (new and old images) feeds `declaration-changes`: one audit entry and one DeclarationChanged (channel declaration-events) per version from the `lastChange` the writer recorded',
      ],
    },
    'matching-enterprises': {
      partitionKey: { name: 'uscc', type: 'S' },
      accessPatterns: [
        'Facts for screening and matching: GetItem uscc; the registry part replaced only by a newer enterprise version, the credit part by a newer profile version (UpdateItem with condition), confirmed intermediary hits as a string set',
      ],
    },
    'matching-batches': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Batch header: GetItem pk=BATCH#<id>, sk=HEAD; DRAFT → CONFIRMING → CONFIRMED by conditional UpdateItem',
        'Confirm progress on the header: each settled chunk ADDs to chunksDone, pushesDone, pushesDropped and the number set countedChunks in one UpdateItem conditioned on NOT contains(countedChunks, <index>) (counted once, no read-modify-write); CONFIRMED is conditioned on chunksDone = chunkCount; the queueing lease (confirm.queueLease) and confirm.queuedAt by conditional UpdateItem',
        'Chunks: Query pk=BATCH#<id>, sk between CHUNK#<from> and CHUNK#~ (6-digit index): the enterprises of one confirm transaction each, with their assignments and reasons; `done` is set in that transaction',
      ],
    },
    'matching-pushes': {
      partitionKey: { name: 'pushId', type: 'S' },
      accessPatterns: [
        'Push: GetItem pushId (sha256 of batchId|uscc|bankId, truncated); written once, in the confirm transaction of its chunk (attribute_not_exists), with rank, products and reason codes (the reasons in full are in the batch chunk it names)',
        "No index yet: delivery works from EnterprisePushed, and a declaration names its pushes; an index per bank would double the confirm's writes, so it waits for a reader that needs it",
      ],
    },
    'matching-reports': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Upper-level export rows: PutItem pk=DECLARED#<yyyy-mm> (creation month) and, once signed off, pk=RECOMMENDED#<yyyy-mm> (sign-off month), sk=<declarationId>, from the declarations stream; condition attribute_not_exists(pk) OR version < :v, so a late older version never replaces a newer row',
        'Loans: PutItem pk=LOAN#<yyyy-mm of the approval date>, sk=<pushId>#<seq>, from bank feedback (a redelivery is the same item)',
        "A month's export: one Query per list partition (DECLARED#, RECOMMENDED#, LOAN#<month>), paginated; a month of a city is a few thousand rows",
        'Archive: pk=EXPORT#<yyyy-mm>, sk=PART#<generatedAt>#<n> (the figures as gzip JSON, ≤ 300 KB a part) written before sk=HEAD (generatedAt, parts); GetItem HEAD then BatchGetItem the parts',
      ],
    },
  },
  queues: {
    'matching-enterprise-events': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-events',
      description: 'Registry events: facts for screening; open declarations re-screened',
    },
    'matching-credit-events': {
      maxReceiveCount: 5,
      subscribes: 'credit-profile-events',
      description:
        'CreditProfileChanged: grade and hard-stop flags for screening; open declarations re-screened',
    },
    'matching-bank-feedback': {
      maxReceiveCount: 5,
      subscribes: 'bank-feedback',
      description:
        'Bank decisions on pushes: credited, or rejected with reasons back to the coordinator (repair loop)',
    },
    'matching-confirm-chunks': {
      maxReceiveCount: 5,
      description:
        'One message per chunk of a push batch being confirmed ({ batchId, chunk }); each is written in its own transaction, exactly once however often it is delivered',
    },
    'matching-intermediary-hits': {
      maxReceiveCount: 5,
      subscribes: 'intermediary-hits',
      description: 'Confirmed illegal-intermediary hits (blacklist): such enterprises are never pushed',
    },
  },
  functions: {
    'create-declaration': {
      entry: handler('create-declaration'),
      trigger: { kind: 'http', route: routes.createDeclaration },
      tables: {
        'matching-declarations': 'readwrite',
        'matching-enterprises': 'read',
        idempotency: 'readwrite',
      },
    },
    'get-declaration': {
      entry: handler('get-declaration'),
      trigger: { kind: 'http', route: routes.getDeclaration },
      tables: { 'matching-declarations': 'read' },
    },
    'list-declarations': {
      entry: handler('list-declarations'),
      trigger: { kind: 'http', route: routes.listDeclarations },
      tables: { 'matching-declarations': 'read' },
    },
    'review-declaration': {
      entry: handler('review-declaration'),
      trigger: { kind: 'http', route: routes.reviewDeclaration },
      tables: { 'matching-declarations': 'readwrite', idempotency: 'readwrite' },
    },
    'sign-off-declaration': {
      entry: handler('sign-off-declaration'),
      trigger: { kind: 'http', route: routes.signOffDeclaration },
      tables: { 'matching-declarations': 'readwrite', idempotency: 'readwrite' },
    },
    'remove-declaration': {
      entry: handler('remove-declaration'),
      trigger: { kind: 'http', route: routes.removeDeclaration },
      tables: { 'matching-declarations': 'readwrite', idempotency: 'readwrite' },
    },
    'assign-repair': {
      entry: handler('assign-repair'),
      trigger: { kind: 'http', route: routes.assignRepair },
      tables: { 'matching-declarations': 'readwrite', idempotency: 'readwrite' },
    },
    'complete-repair': {
      entry: handler('complete-repair'),
      trigger: { kind: 'http', route: routes.completeRepair },
      tables: { 'matching-declarations': 'readwrite', idempotency: 'readwrite' },
    },
    'bank-feedback': {
      entry: handler('bank-feedback'),
      trigger: { kind: 'queue', queue: 'matching-bank-feedback', batchSize: 10 },
      timeoutSeconds: 30,
      tables: {
        'matching-declarations': 'readwrite',
        'matching-enterprises': 'read',
        'matching-reports': 'write',
      },
    },
    'list-recommendations': {
      entry: handler('list-recommendations'),
      trigger: { kind: 'http', route: routes.listRecommendations },
      tables: { 'matching-declarations': 'read' },
    },
    'list-products': {
      entry: handler('list-products'),
      trigger: { kind: 'http', route: routes.listProducts },
    },
    'preview-push-batch': {
      entry: handler('preview-push-batch'),
      trigger: { kind: 'http', route: routes.previewPushBatch },
      timeoutSeconds: 29,
      memoryMb: 2048,
      tables: { 'matching-declarations': 'read' },
    },
    'create-push-batch': {
      entry: handler('create-push-batch'),
      trigger: { kind: 'http', route: routes.createPushBatch },
      timeoutSeconds: 29,
      memoryMb: 2048,
      tables: {
        'matching-declarations': 'read',
        'matching-batches': 'readwrite',
        idempotency: 'readwrite',
        audit: 'append',
      },
    },
    'get-push-batch': {
      entry: handler('get-push-batch'),
      trigger: { kind: 'http', route: routes.getPushBatch },
      tables: { 'matching-batches': 'read' },
    },
    'confirm-push-batch': {
      entry: handler('confirm-push-batch'),
      trigger: { kind: 'http', route: routes.confirmPushBatch },
      // Queues one message per chunk (ten a request, all at once): well under a second for 200 chunks.
      timeoutSeconds: 29,
      tables: {
        'matching-batches': 'readwrite',
        idempotency: 'readwrite',
        audit: 'append',
      },
      sends: ['matching-confirm-chunks'],
    },
    'confirm-chunk': {
      entry: handler('confirm-chunk'),
      // A message is one transaction of ≤ 100 items and ≤ 75 events; 5 × 5 chunks at once keep
      // DynamoDB busy without piling transaction conflicts on one batch's declarations.
      trigger: { kind: 'queue', queue: 'matching-confirm-chunks', batchSize: 5, maxConcurrency: 5 },
      timeoutSeconds: 60,
      tables: {
        'matching-batches': 'readwrite',
        'matching-pushes': 'write',
        'matching-declarations': 'write',
        audit: 'append',
      },
      publishes: ['enterprise-pushed'],
    },
    'enterprise-events': {
      entry: handler('enterprise-events'),
      trigger: { kind: 'queue', queue: 'matching-enterprise-events', batchSize: 10 },
      timeoutSeconds: 30,
      tables: { 'matching-enterprises': 'readwrite', 'matching-declarations': 'readwrite' },
    },
    'credit-events': {
      entry: handler('credit-events'),
      trigger: { kind: 'queue', queue: 'matching-credit-events', batchSize: 10 },
      timeoutSeconds: 30,
      tables: { 'matching-enterprises': 'readwrite', 'matching-declarations': 'readwrite' },
    },
    'intermediary-hits': {
      entry: handler('intermediary-hits'),
      trigger: { kind: 'queue', queue: 'matching-intermediary-hits', batchSize: 10 },
      timeoutSeconds: 30,
      tables: { 'matching-enterprises': 'readwrite', 'matching-declarations': 'readwrite' },
    },
    'declaration-changes': {
      entry: handler('declaration-changes'),
      trigger: { kind: 'stream', table: 'matching-declarations', batchSize: 100 },
      timeoutSeconds: 30,
      tables: { audit: 'append', 'matching-reports': 'write' },
      publishes: ['declaration-events'],
    },
    'get-upper-level-export': {
      entry: handler('get-upper-level-export'),
      trigger: { kind: 'http', route: routes.getUpperLevelExport },
      // A month not archived is built from its rows on demand: a few thousand rows into one workbook.
      timeoutSeconds: 29,
      memoryMb: 1024,
      tables: { 'matching-reports': 'read' },
    },
    'upper-level-export': {
      entry: handler('upper-level-export'),
      // EventBridge cron is UTC: the 1st at 17:00 UTC is the 2nd at 01:00 in Shanghai.
      trigger: {
        kind: 'schedule',
        expression: 'cron(0 17 1 * ? *)',
        description: 'Monthly export for the upper-level mechanism (上级报送), the 2nd 01:00 Asia/Shanghai',
      },
      timeoutSeconds: 120,
      memoryMb: 1024,
      tables: { 'matching-reports': 'readwrite' },
    },
  },
});
