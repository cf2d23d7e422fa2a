import { describe, expect, it } from 'vitest';
import { minuteWindow } from './rate-limit.ts';
import { matchesIfNoneMatch } from './versioning.ts';

describe('Function: minuteWindow', () => {
  it('puts 12:00:00.000 and 12:00:59.999 in one window and 12:01:00.000 in the next', () => {
    // Prepare
    const noon = Date.parse('2026-12-04T04:00:00.000Z');

    // Act
    const first = minuteWindow(noon);
    const last = minuteWindow(noon + 59_999);
    const next = minuteWindow(noon + 60_000);

    // Assess
    expect(last.window).toBe(first.window);
    expect(next.window).toBe(first.window + 1);
    expect(first.retryAfterSeconds).toBe(60);
    expect(last.retryAfterSeconds).toBe(1);
    expect(minuteWindow(noon + 45_500).retryAfterSeconds).toBe(15);
  });
});

describe('Function: matchesIfNoneMatch', () => {
  it('matches the current tag in a list, weakly, or *; not another version, not without an ETag', () => {
    expect(matchesIfNoneMatch('"3"', '"3"')).toBe(true);
    expect(matchesIfNoneMatch('"2", W/"3"', '"3"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"7"')).toBe(true);
    expect(matchesIfNoneMatch('"2"', '"3"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"3"')).toBe(false);
    expect(matchesIfNoneMatch('"3"', undefined)).toBe(false);
  });
});
