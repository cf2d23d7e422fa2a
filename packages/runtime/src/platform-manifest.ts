import { defineService } from './manifest.ts';

/**
 * Tables every service shares. They belong to no single service, so they are declared here and
 * granted per function through each function's `tables` entry.
 */
export const platformManifest = defineService({
  service: 'platform',
  tables: {
    audit: {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      indexes: {
        byPrincipal: {
          partitionKey: { name: 'clientId', type: 'S' },
          sortKey: { name: 'sk', type: 'S' },
          projection: 'keys',
        },
      },
      accessPatterns: [
        'Append an entry: PutItem pk=<subjectType>#<subjectId>, sk=<ISO time>#<request id>#<n>, condition attribute_not_exists(pk) (append-only; functions get PutItem only)',
        "A subject's history: Query pk, sk ascending (time order)",
        "A principal's reads and writes: Query byPrincipal clientId, sk between two times",
      ],
    },
    'rate-limits': {
      partitionKey: { name: 'pk', type: 'S' },
      timeToLive: 'expiresAt',
      accessPatterns: [
        "Count a client's request: UpdateItem pk=<clientId>#<minute since epoch> ADD n, condition n < the client's limit (every HTTP function; `resolveChannels` grants it)",
      ],
    },
    idempotency: {
      partitionKey: { name: 'id', type: 'S' },
      timeToLive: 'expiration',
      accessPatterns: [
        'Powertools idempotency records: GetItem/PutItem/UpdateItem/DeleteItem by id (hash of client id + Idempotency-Key)',
      ],
    },
    'holiday-calendar': {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      accessPatterns: [
        'Every loaded year: Query pk=HOLIDAY-YEARS (one item per year, sk=<year>; a few dozen items at most)',
        'Load a year: PutItem pk=HOLIDAY-YEARS, sk=<year> (ops, through the API; the change is audited)',
      ],
    },
    jobs: {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      timeToLive: 'expiresAt',
      accessPatterns: [
        'A job: GetItem pk=JOB#<id>, sk=JOB (counters updated atomically with each chunk marker)',
        "A job's per-row results: Query pk=JOB#<id>, begins_with(sk, CHUNK#), one item per chunk of rows",
      ],
    },
  },
  functions: {},
});
