import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bankReporter,
  categories,
  coordinator,
  later,
  keyring as legacyKeyring,
  raw,
  report,
  reportInput,
  secret,
  standard,
  uscc,
} from './entry.fixture.ts';
import { type BlacklistEntry, decideReport, newReport } from './entry.ts';
import { parseIdentifierKeyring } from './identifier-keyring.ts';
import { compileNameRules } from './name-rules.ts';
import type { IndividualParty } from './parties.ts';
import { countKeyVersions, keyVersionReport, rekeyEntry, rekeysOfParties } from './rekey.ts';
import {
  compositeId,
  prepareParties,
  rekeysByEntry,
  screenApplication,
  screeningEntriesOf,
  screeningRequestSchema,
} from './screen-application.ts';
import { buildScreeningIndex } from './screening-index.ts';

/**
 * One rotation, end to end in the domain: entries hashed under the legacy plain secret (k1), then
 * the keyring `{ current: k2, keys: { k1, k2 } }`, then k1 retired.
 */
const secondKey = 'linshan-second-key-9876543210abcdef';
const rotated = parseIdentifierKeyring(
  JSON.stringify({ current: 'k2', keys: { k1: secret, k2: secondKey } }),
);
const k2Only = parseIdentifierKeyring(JSON.stringify({ current: 'k2', keys: { k2: secondKey } }));
const hmac = (key: string, message: string) => createHmac('sha256', key).update(message).digest('hex');

const rules = compileNameRules({ localRegions: ['临山市'] });
const listed = (entryId: string): BlacklistEntry =>
  decideReport(
    report(entryId),
    { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '收费' },
    standard,
    coordinator,
    later,
  ).entry;
const broker = (entry: BlacklistEntry) =>
  entry.parties.find((p) => p.kind === 'individual') as IndividualParty;

const screenPhone = (entries: BlacklistEntry[], keyring: typeof rotated, phone = raw.phone) => {
  const index = buildScreeningIndex(entries.flatMap(screeningEntriesOf), rules);
  const prepared = prepareParties(
    screeningRequestSchema.parse({
      application: { uscc: uscc('MA000201') },
      parties: [{ role: 'agent', kind: 'individual', name: '李明', phones: [phone] }],
    }),
    keyring,
  );
  const result = screenApplication(index, prepared, {
    threshold: 0.85,
    exclusions: new Map(),
    compositesOf: () => [],
  });
  return { index, prepared, result };
};

describe('Lazy re-keying of identifier hashes', () => {
  it('stores each hash with its key version: k1 under the legacy secret, k2 once k2 is current', () => {
    expect(broker(report()).phones[0]).toEqual({
      hash: hmac(secret, `phone:${raw.phone}`),
      keyVersion: 'k1',
      masked: '139****5678',
    });
    const underK2 = newReport({
      entryId: 'bl-00000000000000000009',
      input: reportInput(),
      categories,
      keyring: rotated,
      reporter: bankReporter,
      now: later,
    });
    expect(broker(underK2).phones).toEqual([
      { hash: hmac(secondKey, `phone:${raw.phone}`), keyVersion: 'k2', masked: '139****5678' },
    ]);
    expect(broker(underK2).idNumber?.keyVersion).toBe('k2');
  });

  it('matches an entry hashed under k1 after k2 became current, and not once k1 is retired', () => {
    // Prepare: listed before the rotation.
    const entry = listed('bl-00000000000000000001');

    // Act
    const during = screenPhone([entry], rotated);
    const retired = screenPhone([entry], k2Only);

    // Assess: the query's k2 hash is what is stored from now on; its k1 hash finds the old entry.
    expect(during.prepared[0]?.party).toMatchObject({ phoneHashes: [hmac(secondKey, `phone:${raw.phone}`)] });
    expect(during.result.outcome).toBe('hit');
    expect(during.result.hitEntryIds).toEqual([entry.entryId]);
    expect(retired.result.outcome).toBe('clear');
  });

  it('re-keys the matched identifier to k2 (same masked form), leaves the ones not presented on k1, and matches after k1 is retired', () => {
    // Prepare
    const entry = listed('bl-00000000000000000001');
    const { index, prepared } = screenPhone([entry], rotated);

    // Act
    const plan = rekeysByEntry(
      index,
      prepared.flatMap((p) => p.rekeys),
    );
    const rekeyed = rekeyEntry(entry, plan.get(entry.entryId) ?? [], '2026-12-04T08:00:00.000Z');

    // Assess: the phone (presented twice in the report, kept once) moved; the ID number and account did not.
    expect([...plan.keys()]).toEqual([entry.entryId]);
    const after = rekeyed?.step.entry as BlacklistEntry;
    expect(rekeyed?.step).toMatchObject({ action: 'blacklist-entry.rekeyed', events: [] });
    expect(rekeyed?.counts).toEqual([{ from: 'k1', to: 'k2', identifiers: 1 }]);
    expect(after.version).toBe(entry.version + 1);
    expect(after.state).toBe('confirmed');
    expect(broker(after).phones).toEqual([
      { hash: hmac(secondKey, `phone:${raw.phone}`), keyVersion: 'k2', masked: '139****5678' },
    ]);
    expect(broker(after).idNumber).toEqual(broker(entry).idNumber);
    expect(broker(after).accounts).toEqual(broker(entry).accounts);
    expect(screenPhone([after], k2Only).result.outcome).toBe('hit');
    // Applying the same pairs again writes nothing.
    expect(rekeyEntry(after, plan.get(entry.entryId) ?? [], later)).toBeUndefined();
  });

  it('re-keys a hash stored before versioning (no keyVersion) as k1', () => {
    // Prepare: the item as an older release wrote it.
    const entry = listed('bl-00000000000000000001');
    const legacy: BlacklistEntry = {
      ...entry,
      parties: entry.parties.map((p) =>
        p.kind === 'individual'
          ? { ...p, phones: p.phones.map(({ hash, masked }) => ({ hash, masked })) }
          : p,
      ),
    };
    const { index, prepared } = screenPhone([legacy], rotated);

    // Act
    const rekeyed = rekeyEntry(
      legacy,
      rekeysByEntry(
        index,
        prepared.flatMap((p) => p.rekeys),
      ).get(entry.entryId) ?? [],
      later,
    );

    // Assess
    expect(broker(rekeyed?.step.entry as BlacklistEntry).phones[0]?.keyVersion).toBe('k2');
    expect(countKeyVersions([{ state: 'listed', parties: legacy.parties }])).toEqual([
      { keyVersion: 'k1', listed: 1, reported: 0, identifiers: 4 },
    ]);
  });

  it('counts the entries left on k1 (never re-presented) and retires k1 only when none are', () => {
    // Prepare: two listed entries on k1 and a report made under k2; the first entry's phone is re-keyed.
    const first = listed('bl-00000000000000000001');
    const second = listed('bl-00000000000000000002');
    const { index, prepared } = screenPhone([first], rotated);
    const rekeyedFirst = rekeyEntry(
      first,
      rekeysByEntry(
        index,
        prepared.flatMap((p) => p.rekeys),
      ).get(first.entryId) ?? [],
      later,
    )?.step.entry as BlacklistEntry;
    const fresh = report('bl-00000000000000000003');
    const underK2 = { ...fresh, parties: fresh.parties.map((p) => ({ ...p })) };
    for (const p of underK2.parties) {
      if (p.kind === 'individual') p.phones = p.phones.map((x) => ({ ...x, keyVersion: 'k2' }));
    }

    // Act
    const counts = countKeyVersions([
      { state: 'listed', parties: rekeyedFirst.parties },
      { state: 'listed', parties: second.parties },
      { state: 'reported', parties: underK2.parties },
    ]);
    const report1 = keyVersionReport(rotated, counts, 2);
    const allMoved = keyVersionReport(
      rotated,
      [{ keyVersion: 'k2', listed: 2, reported: 1, identifiers: 9 }],
      0,
    );

    // Assess: the firm's phone, the ID number and the account of the first stay on k1 (3), the second is
    // wholly on k1 (4), the new report's broker phone is on k2 and the rest of it on k1 (3).
    expect(counts).toEqual([
      { keyVersion: 'k2', listed: 1, reported: 1, identifiers: 2 },
      { keyVersion: 'k1', listed: 2, reported: 1, identifiers: 10 },
    ]);
    expect(report1).toEqual({
      current: 'k2',
      versions: [
        { keyVersion: 'k2', current: true, live: true, listed: 1, reported: 1, identifiers: 2 },
        { keyVersion: 'k1', current: false, live: true, listed: 2, reported: 1, identifiers: 10 },
      ],
      retirable: [],
      pendingRekeyHints: 2,
    });
    expect(allMoved.retirable).toEqual(['k1']);
    // A version retired while entries still held it is reported, not live, so ops see what stopped matching.
    expect(keyVersionReport(k2Only, counts, 0).versions.map((v) => [v.keyVersion, v.live])).toEqual([
      ['k2', true],
      ['k1', false],
    ]);
  });

  it('keeps reviewers’ "not the same" decisions made under k1 during the window', () => {
    // Prepare: the decision was recorded under the party key of the k1 era.
    const entry = listed('bl-00000000000000000001');
    const index = buildScreeningIndex(screeningEntriesOf(entry), rules);
    const request = screeningRequestSchema.parse({
      application: { uscc: uscc('MA000201') },
      parties: [{ role: 'agent', kind: 'individual', name: '欧阳娜娜', phones: [raw.phone] }],
    });
    const [beforeRotation] = prepareParties(request, legacyKeyring);
    const [duringWindow] = prepareParties(request, rotated);
    const exclusions = new Map([[beforeRotation?.partyKey ?? '', new Set([entry.entryId])]]);

    // Act
    const result = screenApplication(index, duringWindow ? [duringWindow] : [], {
      threshold: 0.85,
      exclusions,
      compositesOf: (id) => (id === entry.entryId ? [compositeId(id, 'p1'), compositeId(id, 'p2')] : []),
    });

    // Assess
    expect(duringWindow?.partyKey).not.toBe(beforeRotation?.partyKey);
    expect(duringWindow?.olderPartyKeys).toEqual([beforeRotation?.partyKey]);
    expect(result.outcome).toBe('clear');
  });

  it('turns a new report’s identifiers into older → current pairs only while an older version is live', () => {
    // Act
    const pairs = rekeysOfParties(
      [{ kind: 'individual', name: '张三', phones: [raw.phone], accounts: [] }],
      rotated,
    );

    // Assess
    expect(pairs).toEqual([
      {
        kind: 'phone',
        fromVersion: 'k1',
        fromHash: hmac(secret, `phone:${raw.phone}`),
        toVersion: 'k2',
        toHash: hmac(secondKey, `phone:${raw.phone}`),
      },
    ]);
    expect(
      rekeysOfParties([{ kind: 'individual', name: '张三', phones: [raw.phone], accounts: [] }], k2Only),
    ).toEqual([]);
  });
});
