import { defineService } from '@sme/runtime';
import { routes } from './contracts.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/** The enterprise registry (经营主体名录): what it runs, what it owns, what it touches. */
export const registryManifest = defineService({
  service: 'registry',
  tables: {
    enterprises: {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      stream: true,
      indexes: {
        byTownship: {
          partitionKey: { name: 'township', type: 'S' },
          sortKey: { name: 'uscc', type: 'S' },
          projection: 'all',
        },
        byIndustry: {
          partitionKey: { name: 'industryDivision', type: 'S' },
          sortKey: { name: 'industrySk', type: 'S' },
          projection: 'all',
        },
        bySizeClass: {
          partitionKey: { name: 'sizeKey', type: 'S' },
          sortKey: { name: 'classSk', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Enterprise: GetItem pk=ENT#<uscc>, sk=ENT; written with condition on `version` (optimistic concurrency)',
        'Tag membership: pk=TAG#<tag>, sk=ENT#<uscc> (one item per tag, written in the same transaction); list by tag = Query pk',
        'By township: Query byTownship township=<code> (sk uscc)',
        'By industry: Query byIndustry industryDivision=<section+2 digits>, begins_with(industrySk, <code prefix>); a bare section letter queries each of its divisions',
        'By size class: Query bySizeClass sizeKey=<class>, begins_with(classSk, <status>#<entityType>#); no filter at all walks the five size keys in turn',
        'Filters not covered by the chosen index are FilterExpressions on that Query; no request path Scans',
        'Stream (new and old images) feeds `enterprise-changes`: the audit entry of each version, the tag items, and EnterpriseRegistered / EnterpriseChanged',
      ],
    },
  },
  queues: {
    'registry-import': { maxReceiveCount: 5, description: 'Chunks of bulk-import rows (100 rows a message)' },
  },
  functions: {
    'upsert-enterprise': {
      entry: handler('upsert-enterprise'),
      trigger: { kind: 'http', route: routes.upsertEnterprise },
      tables: { enterprises: 'readwrite' },
    },
    'get-enterprise': {
      entry: handler('get-enterprise'),
      trigger: { kind: 'http', route: routes.getEnterprise },
      tables: { enterprises: 'read' },
    },
    'list-enterprises': {
      entry: handler('list-enterprises'),
      trigger: { kind: 'http', route: routes.listEnterprises },
      tables: { enterprises: 'read' },
    },
    'start-import': {
      entry: handler('start-import'),
      trigger: { kind: 'http', route: routes.startImport },
      timeoutSeconds: 29,
      // A 6 MB .xlsx file unpacks to tens of MB of XML before its rows are read.
      memoryMb: 1024,
      tables: { jobs: 'readwrite', idempotency: 'readwrite', audit: 'append' },
      sends: ['registry-import'],
    },
    'import-template': {
      entry: handler('import-template'),
      trigger: { kind: 'http', route: routes.importTemplate },
    },
    'export-enterprises': {
      entry: handler('export-enterprises'),
      trigger: { kind: 'http', route: routes.exportEnterprises },
      // Up to 10,000 enterprises read and written as one CSV or .xlsx file.
      timeoutSeconds: 29,
      memoryMb: 1024,
      tables: { enterprises: 'read' },
    },
    'get-import': {
      entry: handler('get-import'),
      trigger: { kind: 'http', route: routes.getImport },
      tables: { jobs: 'read' },
    },
    'list-import-rows': {
      entry: handler('list-import-rows'),
      trigger: { kind: 'http', route: routes.listImportRows },
      tables: { jobs: 'read' },
    },
    'import-worker': {
      entry: handler('import-worker'),
      trigger: { kind: 'queue', queue: 'registry-import', batchSize: 8, maxConcurrency: 5 },
      timeoutSeconds: 60,
      tables: { enterprises: 'readwrite', jobs: 'readwrite' },
    },
    'enterprise-changes': {
      entry: handler('enterprise-changes'),
      trigger: { kind: 'stream', table: 'enterprises', batchSize: 100 },
      timeoutSeconds: 30,
      tables: { enterprises: 'write', audit: 'append' },
      publishes: ['enterprise-events'],
    },
  },
});
