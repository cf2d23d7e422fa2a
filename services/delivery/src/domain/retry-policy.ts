import { ValidationError } from '@sme/kernel';

/**
 * When to try a webhook delivery again.
 *
 * Default schedule (Svix / Standard Webhooks style, growing roughly exponentially): attempt 1 is
 * immediate; after a failed attempt n the next one waits the n-th nominal delay:
 *
 * | attempt | waits after the previous one | nominal start (from attempt 1) |
 * | ------- | ---------------------------- | ------------------------------ |
 * | 1       | —                            | 0                              |
 * | 2       | 5 s                          | 5 s                            |
 * | 3       | 5 min                        | 5 min 5 s                      |
 * | 4       | 30 min                       | 35 min 5 s                     |
 * | 5       | 2 h                          | 2 h 35 min 5 s                 |
 * | 6       | 5 h                          | 7 h 35 min 5 s                 |
 * | 7       | 10 h                         | 17 h 35 min 5 s                |
 * | 8       | 14 h                         | 31 h 35 min 5 s                |
 *
 * A failed attempt 8 parks the delivery (kept for replay through the API).
 *
 * Jitter: each wait is drawn uniformly from nominal × [1 − 0.2, 1 + 0.2). Pure "full jitter"
 * (uniform over [0, nominal]) was rejected: it has no floor, so eight attempts could all land within
 * minutes, breaking the promise of retrying over at least a day. With ±20 % the whole span lies
 * between 25h16m4s and 37h54m6s, so a receiver that is down for a day still gets its delivery.
 *
 * Which statuses retry: only 2xx is success. 410 Gone means the bank retired the endpoint, so it is
 * disabled rather than retried. Every other status retries, including 400/401/403/404: against a
 * bank's own endpoint these almost always mean a misconfiguration on its side (a deployment, a
 * rotated secret, a moved path) that is fixed within the day, and a delivery that still fails is
 * parked, not lost, and can be replayed. 3xx counts as failure (redirects are not followed, so a
 * signed request is never sent to a URL the bank did not register).
 */
export interface RetryPolicy {
  /** Nominal wait in seconds after failed attempt n, at index n − 1. Its length + 1 is the attempt limit. */
  delaysSeconds: readonly number[];
  /** Half-width of the uniform jitter band around each nominal wait, as a fraction (0.2 = ±20 %). */
  jitterRatio: number;
  /** Upper bound on a receiver's Retry-After, so one header cannot stall a delivery for weeks. */
  maxRetryAfterSeconds: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  delaysSeconds: [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600],
  jitterRatio: 0.2,
  maxRetryAfterSeconds: 12 * 3600,
};

/** An HTTP status, or how the request failed without one. */
export type AttemptResult = number | 'timeout' | 'network-error';

export type NextAttempt =
  | { kind: 'delivered' }
  | { kind: 'disable-endpoint'; status: 410 }
  | { kind: 'retry'; attempt: number; at: Date; delaySeconds: number }
  | { kind: 'park'; reason: 'attempts-exhausted'; attempts: number; lastStatus: AttemptResult };

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(`Invalid retry input: ${path} ${message}`, [{ path, message }]);
}

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns seconds from
 * `now` (0 for a date in the past), or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * Decides what follows attempt number `attempt` (1 = the first delivery) that ended with `lastStatus`.
 * `random` returns a number in [0, 1); inject a fixed one in tests.
 *
 * A 429 or 503 with Retry-After waits at least that long (capped by `maxRetryAfterSeconds`), but never
 * less than the backoff: a receiver answering "Retry-After: 1" forever must not burn every attempt in
 * seconds.
 *
 * @example
 * nextAttempt({ attempt: 1, lastStatus: 503, now, random: Math.random })
 * // → { kind: 'retry', attempt: 2, at: now + 4–6 s, delaySeconds: … }
 */
export function nextAttempt(input: {
  attempt: number;
  lastStatus: AttemptResult;
  retryAfterHeader?: string;
  now: Date;
  random: () => number;
  policy?: RetryPolicy;
}): NextAttempt {
  const { attempt, lastStatus, now, random, policy = defaultRetryPolicy } = input;
  if (!Number.isInteger(attempt) || attempt < 1) throw invalid('attempt', 'must be an integer ≥ 1');
  if (
    typeof lastStatus === 'number' &&
    (!Number.isInteger(lastStatus) || lastStatus < 100 || lastStatus > 599)
  ) {
    throw invalid('lastStatus', 'must be an HTTP status 100–599, "timeout" or "network-error"');
  }
  if (Number.isNaN(now.getTime())) throw invalid('now', 'must be a valid Date');

  if (typeof lastStatus === 'number' && lastStatus >= 200 && lastStatus < 300) return { kind: 'delivered' };
  if (lastStatus === 410) return { kind: 'disable-endpoint', status: 410 };

  const nominal = policy.delaysSeconds[attempt - 1];
  if (nominal === undefined) {
    return { kind: 'park', reason: 'attempts-exhausted', attempts: attempt, lastStatus };
  }

  const draw = random();
  if (!(draw >= 0 && draw < 1)) throw invalid('random', 'must return a number in [0, 1)');
  const backoffSeconds = nominal * (1 - policy.jitterRatio + 2 * policy.jitterRatio * draw);
  const honoursRetryAfter = lastStatus === 429 || lastStatus === 503;
  const retryAfter = honoursRetryAfter ? parseRetryAfter(input.retryAfterHeader, now) : undefined;
  const delaySeconds =
    retryAfter === undefined
      ? backoffSeconds
      : Math.max(backoffSeconds, Math.min(retryAfter, policy.maxRetryAfterSeconds));
  const delayMs = Math.round(delaySeconds * 1000);
  return {
    kind: 'retry',
    attempt: attempt + 1,
    at: new Date(now.getTime() + delayMs),
    delaySeconds: delayMs / 1000,
  };
}
