import { ConcurrentModificationError } from '@sme/kernel';
import type { VersionChange } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import { coordinator, later, raw, report, secret, standard } from '../domain/entry.fixture.ts';
import { type BlacklistEntry, decideReport } from '../domain/entry.ts';
import { parseIdentifierKeyring } from '../domain/identifier-keyring.ts';
import { compileNameRules } from '../domain/name-rules.ts';
import type { IndividualParty } from '../domain/parties.ts';
import { type Rekey, rekeysOfParties } from '../domain/rekey.ts';
import { screeningEntriesOf } from '../domain/screen-application.ts';
import { buildScreeningIndex } from '../domain/screening-index.ts';
import type { RekeyStore } from './ports.ts';
import { applyRekeyHints, rekeyEntries } from './rekey-entries.ts';

const secondKey = 'linshan-second-key-9876543210abcdef';
const rotated = parseIdentifierKeyring(
  JSON.stringify({ current: 'k2', keys: { k1: secret, k2: secondKey } }),
);
const k2Only = parseIdentifierKeyring(JSON.stringify({ current: 'k2', keys: { k2: secondKey } }));
const at = '2026-12-04T08:00:00.000Z';

const listed = (entryId: string): BlacklistEntry =>
  decideReport(
    report(entryId),
    { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '收费' },
    standard,
    coordinator,
    later,
  ).entry;

/** An entry store in memory, with the optimistic version check of the real one. */
class MemoryStore implements RekeyStore {
  readonly entries = new Map<string, BlacklistEntry>();
  readonly changes: VersionChange[] = [];
  hints: { entryId: string; rekeys: Rekey[] }[] = [];
  /** Makes the next save fail as if a reviewer wrote first. */
  raceNextSave = false;

  async get(entryId: string) {
    return this.entries.get(entryId);
  }
  async save(changes: { entry: BlacklistEntry; expectedVersion: number; change: VersionChange }[]) {
    for (const { entry, expectedVersion, change } of changes) {
      if (this.raceNextSave || this.entries.get(entry.entryId)?.version !== expectedVersion) {
        this.raceNextSave = false;
        throw new ConcurrentModificationError(`${entry.entryId} changed`);
      }
      this.entries.set(entry.entryId, entry);
      this.changes.push(change);
    }
  }
  async rekeyHints() {
    return this.hints;
  }
  async deleteRekeyHint(entryId: string) {
    this.hints = this.hints.filter((h) => h.entryId !== entryId);
  }
}

const brokerPhone = (e: BlacklistEntry | undefined) =>
  (e?.parties.find((p) => p.kind === 'individual') as IndividualParty | undefined)?.phones[0];

describe('Function: applyRekeyHints', () => {
  it('re-keys the listed entry holding a phone a new report presented, audits it as the platform, and deletes the hint', async () => {
    // Prepare: an entry listed under k1; a report made after the rotation names the same phone.
    const store = new MemoryStore();
    const entry = listed('bl-00000000000000000001');
    store.entries.set(entry.entryId, entry);
    const index = buildScreeningIndex(screeningEntriesOf(entry), compileNameRules({ localRegions: [] }));
    store.hints = [
      {
        entryId: 'bl-00000000000000000002',
        rekeys: rekeysOfParties(
          [{ kind: 'individual', name: '张三', phones: [raw.phone], accounts: [] }],
          rotated,
        ),
      },
    ];

    // Act
    const outcome = await applyRekeyHints(store, index, rotated, at);

    // Assess
    expect(outcome).toEqual({ entries: 1, identifiers: 1 });
    expect(brokerPhone(store.entries.get(entry.entryId))?.keyVersion).toBe('k2');
    expect(store.changes).toEqual([
      {
        action: 'blacklist-entry.rekeyed',
        clientId: 'service:blacklist',
        orgId: 'platform',
        at,
        cause: 'report:bl-00000000000000000002',
        detail: { events: [], rekeyed: [{ from: 'k1', to: 'k2', identifiers: 1 }] },
      },
    ]);
    expect(store.hints).toEqual([]);
  });

  it('only deletes a hint whose older version was retired meanwhile', async () => {
    // Prepare
    const store = new MemoryStore();
    const entry = listed('bl-00000000000000000001');
    store.entries.set(entry.entryId, entry);
    const index = buildScreeningIndex(screeningEntriesOf(entry), compileNameRules({ localRegions: [] }));
    store.hints = [
      {
        entryId: 'bl-00000000000000000002',
        rekeys: rekeysOfParties(
          [{ kind: 'individual', name: '张三', phones: [raw.phone], accounts: [] }],
          rotated,
        ),
      },
    ];

    // Act
    const outcome = await applyRekeyHints(store, index, k2Only, at);

    // Assess
    expect(outcome).toEqual({ entries: 0, identifiers: 0 });
    expect(brokerPhone(store.entries.get(entry.entryId))?.keyVersion).toBe('k1');
    expect(store.hints).toEqual([]);
  });
});

describe('Function: rekeyEntries', () => {
  it('leaves an entry changed meanwhile for the next presentation instead of failing', async () => {
    // Prepare
    const store = new MemoryStore();
    const entry = listed('bl-00000000000000000001');
    store.entries.set(entry.entryId, entry);
    store.raceNextSave = true;
    const rekeys = rekeysOfParties(
      [{ kind: 'individual', name: '张三', phones: [raw.phone], accounts: [] }],
      rotated,
    );

    // Act
    const outcome = await rekeyEntries(store, new Map([[entry.entryId, rekeys]]), {
      at,
      cause: 'screening:scr-1',
    });

    // Assess
    expect(outcome).toEqual({ entries: 0, identifiers: 0 });
    expect(store.entries.get(entry.entryId)).toBe(entry);
  });
});
