import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../aws.ts';
import { envNames } from '../manifest.ts';
import { HttpProblem } from './problem.ts';

/** The platform table every HTTP function counts its callers' requests in (`resolveManifests` grants it). */
export const rateLimitTable = 'rate-limits';

/** Pure: the fixed one-minute window `nowMs` falls in, and the seconds until the next one opens. */
export function minuteWindow(nowMs: number): { window: number; retryAfterSeconds: number } {
  const window = Math.floor(nowMs / 60_000);
  return { window, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * 60_000 - nowMs) / 1000)) };
}

/** 429 with the seconds to wait, in the body and in `Retry-After`. */
export class RateLimitedProblem extends HttpProblem {
  readonly retryAfterSeconds: number;
  constructor(limit: number, retryAfterSeconds: number) {
    super(
      'rate-limited',
      `More than ${limit} requests in a minute from this API client; retry after ${retryAfterSeconds} s`,
      [],
      {
        limitPerMinute: limit,
        retryAfterSeconds,
      },
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Counts one request of `clientId` in the current minute and refuses it past `limitPerMinute`: one
 * conditional UpdateItem, so every function of the city shares the same count. Counters expire with
 * the table's TTL. A function without the table (a stack without the platform tables) does not count.
 */
export async function takeRequest(
  clientId: string,
  limitPerMinute: number,
  nowMs = Date.now(),
): Promise<void> {
  const table = process.env[envNames.table(rateLimitTable)];
  if (!table) return;
  const { window, retryAfterSeconds } = minuteWindow(nowMs);
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: `${clientId}#${window}` },
        UpdateExpression: 'ADD n :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(n) OR n < :limit',
        ExpressionAttributeValues: { ':one': 1, ':limit': limitPerMinute, ':expires': (window + 2) * 60 },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException)
      throw new RateLimitedProblem(limitPerMinute, retryAfterSeconds);
    throw error;
  }
}
