import { createHash } from 'node:crypto';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { dynamoClient } from '../aws.ts';
import { tableName } from '../env.ts';
import type { RouteSpec } from '../manifest.ts';
import type { HttpRequest, HttpResult, RouteFunction } from './handler.ts';
import { HttpProblem } from './problem.ts';

/** How long a stored response answers retries with the same key. */
const retentionSeconds = 24 * 60 * 60;

interface IdempotentInput<R extends RouteSpec> {
  clientId: string;
  key: string;
  payloadHash: string;
  request: HttpRequest<R>;
}

/**
 * Makes a POST route honour `Idempotency-Key`: the first response for (client, key) is stored
 * (Powertools idempotency, DynamoDB) and replayed for retries; the same key with a different body
 * is refused (422), and a retry while the first is still running gets 409.
 * Without the header the route runs normally.
 */
export function idempotentRoute<R extends RouteSpec>(fn: RouteFunction<R>): RouteFunction<R> {
  let wrapped: ((input: IdempotentInput<R>) => Promise<HttpResult>) | undefined;
  let config: IdempotencyConfig | undefined;
  return async (request) => {
    const key = request.headers['idempotency-key'];
    if (key === undefined) return fn(request);
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new HttpProblem('malformed-request', 'Idempotency-Key must be 1–255 visible ASCII characters', [
        { path: 'headers.idempotency-key', message: 'invalid' },
      ]);
    }
    if (!wrapped || !config) {
      config = new IdempotencyConfig({
        eventKeyJmesPath: '[clientId, key]',
        payloadValidationJmesPath: 'payloadHash',
        expiresAfterSeconds: retentionSeconds,
      });
      wrapped = makeIdempotent((input: IdempotentInput<R>) => fn(input.request), {
        persistenceStore: new DynamoDBPersistenceLayer({
          tableName: tableName('idempotency'),
          awsSdkV3Client: dynamoClient(),
        }),
        config,
      });
    }
    config.registerLambdaContext(request.context);
    // A binary body (an .xlsx file) is hashed as its bytes, not as JSON of a byte array.
    const bytes = request.body instanceof Uint8Array ? request.body : undefined;
    const payloadHash = createHash('sha256')
      .update(
        JSON.stringify([request.params ?? null, request.mediaType, bytes ? null : (request.body ?? null)]),
      )
      .update(bytes ?? new Uint8Array())
      .digest('hex');
    try {
      return await wrapped({ clientId: request.principal.clientId, key, payloadHash, request });
    } catch (error) {
      if (error instanceof IdempotencyValidationError) {
        throw new HttpProblem(
          'idempotency-key-reused',
          'This Idempotency-Key was used with a different request body',
          [{ path: 'headers.idempotency-key', message: 'reused with a different body' }],
        );
      }
      if (error instanceof IdempotencyAlreadyInProgressError) {
        throw new HttpProblem(
          'idempotency-in-progress',
          'A request with this Idempotency-Key is still being processed; retry later',
        );
      }
      throw error;
    }
  };
}
