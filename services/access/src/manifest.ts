import { defineService } from '@sme/runtime';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/** API clients and the authorizer every route shares. */
export const accessManifest = defineService({
  service: 'access',
  tables: {
    'api-clients': {
      partitionKey: { name: 'keyHash', type: 'S' },
      indexes: {
        byClient: {
          partitionKey: { name: 'kind', type: 'S' },
          sortKey: { name: 'clientId', type: 'S' },
          projection: 'all',
        },
      },
      accessPatterns: [
        'Authorize a request: GetItem keyHash=<SHA-256 of the presented key> (the key itself is never stored)',
        'List clients (ops): Query byClient kind=client (a small table: tens of clients per city)',
        'Revoke: Query byClient kind=client, clientId=<id> → UpdateItem revokedAt',
      ],
    },
  },
  functions: {
    authorizer: {
      entry: handler('authorizer'),
      trigger: { kind: 'authorizer' },
      timeoutSeconds: 5,
      tables: { 'api-clients': 'read' },
    },
  },
});
