import { describe, expect, it } from 'vitest';
import { coordinator, later, raw, report, secret, standard } from '../domain/entry.fixture.ts';
import { decideReport, revokeEntry } from '../domain/entry.ts';
import { hashIdentifier } from '../domain/identifiers.ts';
import { compileNameRules } from '../domain/name-rules.ts';
import { screenParty } from '../domain/screen-party.ts';
import type { ListedEntrySource, ScreeningProjection } from './ports.ts';
import { ScreeningIndexCache } from './screening-index-cache.ts';

const rules = compileNameRules({ localRegions: ['临山市'] });
const listed = decideReport(
  report(),
  { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '收费' },
  standard,
  coordinator,
  later,
).entry;
const revoked = revokeEntry(listed, '撤销', coordinator, later).entry;
const broker = {
  kind: 'individual' as const,
  name: '',
  phoneHashes: [hashIdentifier('phone', raw.phone, secret)],
};

/** A source that answers from a script and records what it was asked. */
function scriptedSource(answers: ScreeningProjection[][]) {
  const asked: (string | undefined)[] = [];
  const source: ListedEntrySource = {
    changedSince: async (since) => {
      asked.push(since);
      return answers.shift() ?? [];
    },
  };
  return { source, asked };
}

const clockAt = (...instants: string[]) => {
  const queue = [...instants];
  return () => new Date(queue.shift() ?? instants.at(-1) ?? 0);
};

describe('Class: ScreeningIndexCache', () => {
  it('loads everything once, then asks only for changes since the last refresh minus the look-back', async () => {
    // Prepare
    const { source, asked } = scriptedSource([[listed], []]);
    const cache = new ScreeningIndexCache(source, rules, {
      lookbackMs: 60_000,
      clock: clockAt('2026-05-03T10:00:00.000Z', '2026-05-03T10:00:05.000Z'),
    });

    // Act
    const first = await cache.current();
    await cache.current();

    // Assess
    expect(asked).toEqual([undefined, '2026-05-03T09:59:00.000Z']);
    expect(screenParty(first, broker).outcome).toBe('hit');
    expect(cache.compositesOf(listed.entryId)).toEqual([`${listed.entryId}~p1`, `${listed.entryId}~p2`]);
  });

  it('drops a revoked entry on the next refresh, so it stops matching', async () => {
    // Prepare
    const { source } = scriptedSource([[listed], [revoked]]);
    const cache = new ScreeningIndexCache(source, rules, { lookbackMs: 0, clock: () => new Date() });
    await cache.current();

    // Act
    const index = await cache.current();

    // Assess
    expect(screenParty(index, broker).outcome).toBe('clear');
    expect(index.entries.size).toBe(0);
    expect(cache.compositesOf(listed.entryId)).toEqual([]);
  });

  it('ignores an older version read again in the look-back window', async () => {
    // Prepare: the revocation arrives first, then the stale confirmed version.
    const { source } = scriptedSource([[revoked], [listed]]);
    const cache = new ScreeningIndexCache(source, rules, { lookbackMs: 0, clock: () => new Date() });
    await cache.current();

    // Act
    const index = await cache.current();

    // Assess
    expect(screenParty(index, broker).outcome).toBe('clear');
  });

  it('shares one refresh between concurrent callers', async () => {
    // Prepare
    const { source, asked } = scriptedSource([[listed]]);
    const cache = new ScreeningIndexCache(source, rules, { lookbackMs: 0, clock: () => new Date() });

    // Act
    const [a, b] = await Promise.all([cache.current(), cache.current()]);

    // Assess
    expect(asked).toHaveLength(1);
    expect(a).toBe(b);
    expect(cache.size).toBe(1);
  });
});
