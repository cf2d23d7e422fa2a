import { ValidationError } from '@sme/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AttemptResult,
  defaultRetryPolicy,
  type NextAttempt,
  nextAttempt,
  parseRetryAfter,
} from './retry-policy.ts';

const start = new Date('2026-03-02T01:00:00Z');
const midpoint = () => 0.5;
const hour = 3600;

/** Drives one delivery against a fake receiver on a fake clock until it is no longer retried. */
function simulate(receiver: (attempt: number) => AttemptResult, random: () => number = midpoint) {
  let now = start;
  const attemptTimes: Date[] = [];
  for (let attempt = 1; ; attempt++) {
    attemptTimes.push(now);
    const decision: NextAttempt = nextAttempt({ attempt, lastStatus: receiver(attempt), now, random });
    if (decision.kind !== 'retry') return { decision, attemptTimes };
    expect(decision.attempt).toBe(attempt + 1);
    now = decision.at;
  }
}

function offsetsSeconds(times: Date[]): number[] {
  return times.map((t) => (t.getTime() - start.getTime()) / 1000);
}

describe('Function: nextAttempt', () => {
  it('runs the documented schedule for a receiver that always fails, then parks after attempt 8', () => {
    // Act
    const { decision, attemptTimes } = simulate(() => 500);

    // Assess: with random = 0.5 every wait is its nominal value.
    expect(offsetsSeconds(attemptTimes)).toEqual([
      0,
      5,
      5 + 300,
      5 + 300 + 1800,
      5 + 300 + 1800 + 2 * hour,
      5 + 300 + 1800 + 7 * hour,
      5 + 300 + 1800 + 17 * hour,
      5 + 300 + 1800 + 31 * hour,
    ]);
    expect(decision).toEqual({ kind: 'park', reason: 'attempts-exhausted', attempts: 8, lastStatus: 500 });
  });

  it('spans at least 24 hours even when every draw jitters to the earliest time', () => {
    // Act
    const earliest = simulate(
      () => 'timeout',
      () => 0,
    ).attemptTimes;
    const latest = simulate(
      () => 'network-error',
      () => 0.999_999_999,
    ).attemptTimes;

    // Assess: 113 705 s nominal × 0.8 = 90 964 s = 25 h 16 min 4 s; × 1.2 = 136 446 s.
    expect(offsetsSeconds(earliest).at(-1)).toBe(90_964);
    expect(offsetsSeconds(earliest).at(-1)).toBeGreaterThanOrEqual(24 * hour);
    expect(offsetsSeconds(latest).at(-1)).toBeCloseTo(136_446, 0);
  });

  it('keeps every jittered wait within ±20 % of its nominal value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, draw) => {
          // Act
          const decision = nextAttempt({ attempt, lastStatus: 502, now: start, random: () => draw });

          // Assess
          const nominal = [5, 300, 1800, 7200, 18_000, 36_000, 50_400][attempt - 1] ?? Number.NaN;
          if (decision.kind !== 'retry') return false;
          const waited = (decision.at.getTime() - start.getTime()) / 1000;
          return waited >= nominal * 0.8 - 0.001 && waited < nominal * 1.2 + 0.001;
        },
      ),
    );
  });

  it('ends delivered after N + 1 attempts for a receiver that fails its first N calls', () => {
    for (const failures of [0, 1, 3, 7]) {
      // Prepare
      let calls = 0;
      const receiver = (): AttemptResult => {
        calls++;
        return calls <= failures ? 500 : 200;
      };

      // Act
      const { decision, attemptTimes } = simulate(receiver);

      // Assess
      expect(decision).toEqual({ kind: 'delivered' });
      expect(calls).toBe(failures + 1);
      expect(attemptTimes).toHaveLength(failures + 1);
    }
  });

  it('parks a receiver that fails 8 times even though it would have answered 200 on call 9', () => {
    // Act
    const { decision, attemptTimes } = simulate((attempt) => (attempt <= 8 ? 503 : 200));

    // Assess
    expect(decision.kind).toBe('park');
    expect(attemptTimes).toHaveLength(8);
  });

  it('treats every 2xx as delivered and 3xx as a failure', () => {
    // Assess
    for (const status of [200, 201, 202, 204, 299]) {
      expect(nextAttempt({ attempt: 1, lastStatus: status, now: start, random: midpoint })).toEqual({
        kind: 'delivered',
      });
    }
    expect(nextAttempt({ attempt: 1, lastStatus: 301, now: start, random: midpoint }).kind).toBe('retry');
  });

  it('disables the endpoint on 410 Gone, at any attempt', () => {
    // Assess
    expect(nextAttempt({ attempt: 1, lastStatus: 410, now: start, random: midpoint })).toEqual({
      kind: 'disable-endpoint',
      status: 410,
    });
    expect(nextAttempt({ attempt: 8, lastStatus: 410, now: start, random: midpoint }).kind).toBe(
      'disable-endpoint',
    );
  });

  it('retries 400, 401, 403 and 404 on the normal schedule', () => {
    for (const status of [400, 401, 403, 404]) {
      // Act
      const decision = nextAttempt({ attempt: 2, lastStatus: status, now: start, random: midpoint });

      // Assess
      expect(decision).toEqual({
        kind: 'retry',
        attempt: 3,
        at: new Date(start.getTime() + 300_000),
        delaySeconds: 300,
      });
    }
  });

  it('waits for a 429 Retry-After in seconds when it is longer than the backoff', () => {
    // Act
    const decision = nextAttempt({
      attempt: 1,
      lastStatus: 429,
      retryAfterHeader: '120',
      now: start,
      random: midpoint,
    });

    // Assess: backoff would be 5 s.
    expect(decision).toEqual({
      kind: 'retry',
      attempt: 2,
      at: new Date('2026-03-02T01:02:00Z'),
      delaySeconds: 120,
    });
  });

  it('waits for a 429 Retry-After given as an HTTP date', () => {
    // Act
    const decision = nextAttempt({
      attempt: 1,
      lastStatus: 429,
      retryAfterHeader: 'Mon, 02 Mar 2026 01:10:00 GMT',
      now: start,
      random: midpoint,
    });

    // Assess
    expect(decision.kind === 'retry' && decision.at.toISOString()).toBe('2026-03-02T01:10:00.000Z');
  });

  it('keeps the backoff when Retry-After is shorter, so "Retry-After: 1" cannot burn every attempt', () => {
    // Act
    const decision = nextAttempt({
      attempt: 3,
      lastStatus: 429,
      retryAfterHeader: '1',
      now: start,
      random: midpoint,
    });

    // Assess
    expect(decision.kind === 'retry' && decision.delaySeconds).toBe(1800);
  });

  it('caps Retry-After at 12 hours', () => {
    // Act
    const decision = nextAttempt({
      attempt: 1,
      lastStatus: 429,
      retryAfterHeader: '604800',
      now: start,
      random: midpoint,
    });

    // Assess
    expect(decision.kind === 'retry' && decision.delaySeconds).toBe(12 * hour);
  });

  it('honours Retry-After on 503 but ignores it on 500', () => {
    // Act
    const unavailable = nextAttempt({
      attempt: 1,
      lastStatus: 503,
      retryAfterHeader: '90',
      now: start,
      random: midpoint,
    });
    const failed = nextAttempt({
      attempt: 1,
      lastStatus: 500,
      retryAfterHeader: '90',
      now: start,
      random: midpoint,
    });

    // Assess
    expect(unavailable.kind === 'retry' && unavailable.delaySeconds).toBe(90);
    expect(failed.kind === 'retry' && failed.delaySeconds).toBe(5);
  });

  it('falls back to the backoff for an unreadable Retry-After', () => {
    // Act
    const decision = nextAttempt({
      attempt: 1,
      lastStatus: 429,
      retryAfterHeader: 'soon',
      now: start,
      random: midpoint,
    });

    // Assess
    expect(decision.kind === 'retry' && decision.delaySeconds).toBe(5);
  });

  it('rejects a bad attempt number, status or random source', () => {
    // Assess
    expect(() => nextAttempt({ attempt: 0, lastStatus: 500, now: start, random: midpoint })).toThrow(
      ValidationError,
    );
    expect(() => nextAttempt({ attempt: 1.5, lastStatus: 500, now: start, random: midpoint })).toThrow(
      ValidationError,
    );
    expect(() => nextAttempt({ attempt: 1, lastStatus: 99, now: start, random: midpoint })).toThrow(
      ValidationError,
    );
    expect(() => nextAttempt({ attempt: 1, lastStatus: 500, now: start, random: () => 1 })).toThrow(/random/);
  });

  it('exposes the documented default schedule', () => {
    // Assess
    expect(defaultRetryPolicy.delaysSeconds).toEqual([5, 300, 1800, 7200, 18_000, 36_000, 50_400]);
  });
});

describe('Function: parseRetryAfter', () => {
  it('reads delay-seconds, an IMF-fixdate, a past date and garbage', () => {
    // Assess
    expect(parseRetryAfter('30', start)).toBe(30);
    expect(parseRetryAfter(' 0 ', start)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Mar 2026 02:00:00 GMT', start)).toBe(3600);
    expect(parseRetryAfter('Sun, 01 Mar 2026 00:00:00 GMT', start)).toBe(0);
    expect(parseRetryAfter('later', start)).toBeUndefined();
    expect(parseRetryAfter(undefined, start)).toBeUndefined();
  });
});
