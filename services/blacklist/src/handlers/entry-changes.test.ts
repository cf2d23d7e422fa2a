import { describe, expect, it } from 'vitest';
import { listingChange } from './entry-changes.ts';

describe('Function: listingChange', () => {
  it.each([
    [undefined, 'reported', undefined],
    ['reported', 'confirmed', 'confirmed'],
    ['reported', 'dismissed', undefined],
    ['reported', 'merged', undefined],
    ['confirmed', 'appealed', 'updated'],
    ['appealed', 'confirmed', 'updated'],
    ['confirmed', 'confirmed', 'updated'],
    ['confirmed', 'revoked', 'revoked'],
    ['appealed', 'revoked', 'revoked'],
  ] as const)('%s → %s announces %s to the banks', (before, after, expected) => {
    expect(listingChange(before ? { state: before } : undefined, { state: after })).toBe(expected);
  });
});
