import { defineService } from '@sme/runtime';
import { routes } from './contracts.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/** Credit-information sharing (涉企信用信息归集共享): records in, explainable profiles out, consent-gated reads. */
export const creditManifest = defineService({
  service: 'credit',
  tables: {
    'credit-records': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      stream: true,
      timeToLive: 'expiresAt',
      indexes: {
        byEnterpriseKeys: {
          partitionKey: { name: 'uscc', type: 'S' },
          sortKey: { name: 'recordKey', type: 'S' },
          // Keys only: a full copy cost a write unit per KiB of every version (history included) on
          // every create, correction and revocation; keys cost one unit on create and none after.
          // Was `byEnterprise` (ALL): a GSI's projection cannot be changed in place (infra/README.md).
          projection: 'keys',
        },
        bySource: {
          partitionKey: { name: 'sourceAgencyId', type: 'S' },
          sortKey: { name: 'sourceSk', type: 'S' },
          projection: 'keys',
        },
      },
      accessPatterns: [
        'Current record: GetItem pk=SRC#<agency>#<sourceRecordId>, sk=CURRENT (a source only ever addresses its own records: the agency is in the key)',
        'History: pk=SRC#<agency>#<sourceRecordId>, sk=V#<version, 6 digits> — every version kept, written from the stream',
        "An enterprise's current records: Query byEnterpriseKeys uscc=<uscc> for the keys (only CURRENT items carry `uscc`; the index keeps keys only), then BatchGetItem by key, eventually consistent, with the records the stream just named added — read again strongly consistent if the copy is older than the version the stream named; whether an agency supplied any: the same query filtered on begins_with(pk, SRC#<agency>#)",
        "An agency's records: Query bySource sourceAgencyId=<agency>, sk=<updatedAt>#<sourceRecordId>, newest last",
        'TTL `expiresAt` = end of retention; reads filter by retention themselves, whether or not TTL has deleted the item yet',
      ],
    },
    'credit-profiles': {
      partitionKey: { name: 'uscc', type: 'S' },
      accessPatterns: [
        'Profile: GetItem uscc — registered, township and what the last CreditProfileChanged said (`published`: grade, hard stop, flags, whether any record is found); written with condition on `profileVersion` by the recompute consumer only, and only when one of those changed',
      ],
    },
    'credit-access': {
      partitionKey: { name: 'uscc', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      indexes: {
        byState: {
          partitionKey: { name: 'state', type: 'S' },
          sortKey: { name: 'stateSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Authorisations by state (the office and townships: pending ones to confirm; a bank its own): Query byState state=S, newest first (stateSk = <recordedAt>#<id>), bank or townships by filter; push grants carry no state and stay out of the index',
        'Every authorisation of one enterprise: Query uscc=E, begins_with(sk, BANK#), kind = authorisation',
        'May bank B read enterprise E: Query uscc=E, begins_with(sk, BANK#B#) — authorisations (AUTH#<id>) and push grants (PUSH#<pushId>), checked for validity in code',
        'Authorisation by id: the id embeds uscc and bank, so a confirmation or revocation is a GetItem + a PutItem conditioned on the state it was decided from',
      ],
    },
  },
  queues: {
    'credit-recompute': {
      maxReceiveCount: 5,
      description: 'Enterprises whose credit profile must be re-evaluated',
    },
    'credit-import': { maxReceiveCount: 5, description: 'Chunks of bulk credit-record submissions' },
    'credit-enterprise-events': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-events',
      description: 'Registry events: held records are attached when their enterprise appears',
    },
    'credit-access-grants': {
      maxReceiveCount: 5,
      subscribes: 'enterprise-pushed',
      description: 'EnterprisePushed from list matching: read grants for the pushed bank',
    },
  },
  functions: {
    'submit-record': {
      entry: handler('submit-record'),
      trigger: { kind: 'http', route: routes.submitRecord },
      tables: { 'credit-records': 'readwrite', 'credit-profiles': 'read' },
    },
    'revoke-record': {
      entry: handler('revoke-record'),
      trigger: { kind: 'http', route: routes.revokeRecord },
      tables: { 'credit-records': 'readwrite' },
    },
    'list-own-records': {
      entry: handler('list-own-records'),
      trigger: { kind: 'http', route: routes.listOwnRecords },
      tables: { 'credit-records': 'read' },
    },
    'start-record-import': {
      entry: handler('start-record-import'),
      trigger: { kind: 'http', route: routes.startImport },
      timeoutSeconds: 29,
      tables: { jobs: 'readwrite', idempotency: 'readwrite', audit: 'append' },
      sends: ['credit-import'],
    },
    'record-import-worker': {
      entry: handler('record-import-worker'),
      trigger: { kind: 'queue', queue: 'credit-import', batchSize: 2, maxConcurrency: 5 },
      timeoutSeconds: 60,
      tables: { 'credit-records': 'readwrite', 'credit-profiles': 'read', jobs: 'readwrite' },
    },
    'record-changes': {
      entry: handler('record-changes'),
      trigger: { kind: 'stream', table: 'credit-records', batchSize: 100 },
      timeoutSeconds: 30,
      tables: { 'credit-records': 'write', audit: 'append' },
      sends: ['credit-recompute'],
    },
    'enterprise-events': {
      entry: handler('enterprise-events'),
      trigger: { kind: 'queue', queue: 'credit-enterprise-events', batchSize: 10 },
      tables: { 'credit-profiles': 'readwrite' },
      sends: ['credit-recompute'],
    },
    'recompute-profile': {
      entry: handler('recompute-profile'),
      trigger: { kind: 'queue', queue: 'credit-recompute', batchSize: 10 },
      timeoutSeconds: 30,
      tables: { 'credit-records': 'read', 'credit-profiles': 'readwrite' },
      publishes: ['credit-profile-events'],
    },
    'read-profile': {
      entry: handler('read-profile'),
      trigger: { kind: 'http', route: routes.readProfile },
      tables: {
        'credit-profiles': 'read',
        'credit-records': 'read',
        'credit-access': 'read',
        audit: 'append',
      },
    },
    'record-authorisation': {
      entry: handler('record-authorisation'),
      trigger: { kind: 'http', route: routes.recordAuthorisation },
      tables: {
        'credit-access': 'readwrite',
        'credit-profiles': 'read',
        idempotency: 'readwrite',
        audit: 'append',
      },
    },
    'list-authorisations': {
      entry: handler('list-authorisations'),
      trigger: { kind: 'http', route: routes.listAuthorisations },
      tables: { 'credit-access': 'read' },
    },
    'get-authorisation': {
      entry: handler('get-authorisation'),
      trigger: { kind: 'http', route: routes.getAuthorisation },
      tables: { 'credit-access': 'read' },
    },
    'confirm-authorisation': {
      entry: handler('confirm-authorisation'),
      trigger: { kind: 'http', route: routes.confirmAuthorisation },
      tables: { 'credit-access': 'readwrite', idempotency: 'readwrite', audit: 'append' },
    },
    'revoke-authorisation': {
      entry: handler('revoke-authorisation'),
      trigger: { kind: 'http', route: routes.revokeAuthorisation },
      tables: { 'credit-access': 'readwrite', idempotency: 'readwrite', audit: 'append' },
    },
    'push-grants': {
      entry: handler('push-grants'),
      trigger: { kind: 'queue', queue: 'credit-access-grants', batchSize: 10 },
      tables: { 'credit-access': 'write', audit: 'append' },
    },
  },
});
