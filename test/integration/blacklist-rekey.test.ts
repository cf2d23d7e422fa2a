import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { blacklistManifest } from '@sme/blacklist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbEntryStore } from '../../services/blacklist/src/adapters/dynamodb-entry-store.ts';
import { DynamoDbScreeningStore } from '../../services/blacklist/src/adapters/dynamodb-screening-store.ts';
import {
  bankReporter,
  categories,
  coordinator,
  keyring as legacyKeyring,
  raw,
  reportInput,
  secret,
  standard,
} from '../../services/blacklist/src/domain/entry.fixture.ts';
import { type BlacklistEntry, decideReport, newReport } from '../../services/blacklist/src/domain/entry.ts';
import { parseIdentifierKeyring } from '../../services/blacklist/src/domain/identifier-keyring.ts';
import { compileNameRules } from '../../services/blacklist/src/domain/name-rules.ts';
import type { IndividualParty } from '../../services/blacklist/src/domain/parties.ts';
import { countKeyVersions, rekeysOfParties } from '../../services/blacklist/src/domain/rekey.ts';
import { applyRekeyHints } from '../../services/blacklist/src/use-cases/rekey-entries.ts';
import { ScreeningIndexCache } from '../../services/blacklist/src/use-cases/screening-index-cache.ts';
import { startTestTables, type TestTables } from '../support/dynamodb-local.ts';

let tables: TestTables;
let entries: DynamoDbEntryStore;
let screenings: DynamoDbScreeningStore;
beforeAll(async () => {
  tables = await startTestTables('rekeytest', {
    'blacklist-entries': blacklistManifest.tables['blacklist-entries'],
    'blacklist-screenings': blacklistManifest.tables['blacklist-screenings'],
  });
  entries = new DynamoDbEntryStore(tables.documents, tables.names['blacklist-entries'] ?? '');
  screenings = new DynamoDbScreeningStore(tables.documents, tables.names['blacklist-screenings'] ?? '', 365);
});
afterAll(async () => {
  await tables?.stop();
});

const rotated = parseIdentifierKeyring(
  JSON.stringify({ current: 'k2', keys: { k1: secret, k2: 'linshan-second-key-9876543210abcdef' } }),
);
const change = (action: string, at: string) => ({
  action,
  clientId: 'c-office',
  orgId: 'ls-office',
  at,
  cause: 'test',
});
const brokerPhone = (e: BlacklistEntry | undefined) =>
  (e?.parties.find((p) => p.kind === 'individual') as IndividualParty | undefined)?.phones[0];

describe('Re-keying over DynamoDB Local (blacklist-entries, blacklist-screenings)', () => {
  it('a report filed after the rotation re-keys the listed k1 entry naming the same phone, through the hint screening applies', async () => {
    // Prepare: an entry reported and listed under the legacy key (k1).
    const listedAt = '2026-11-01T08:00:00.000Z';
    const old = newReport({
      entryId: 'bl-00000000000000000001',
      input: reportInput(),
      categories,
      keyring: legacyKeyring,
      reporter: bankReporter,
      now: listedAt,
    });
    await entries.create(old, change('blacklist-entry.reported', listedAt));
    const confirmed = decideReport(
      old,
      { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '收费' },
      standard,
      coordinator,
      listedAt,
    ).entry;
    await entries.save([
      { entry: confirmed, expectedVersion: 1, change: change('blacklist-entry.confirmed', listedAt) },
    ]);

    // Act 1: after the rotation to k2 a bank reports the broker's phone again.
    const at = '2026-12-04T08:00:00.000Z';
    const input = reportInput({
      parties: [{ kind: 'individual', name: '欧阳娜娜', phones: [raw.phone] }],
    });
    const fresh = newReport({
      entryId: 'bl-00000000000000000002',
      input,
      categories,
      keyring: rotated,
      reporter: bankReporter,
      now: at,
    });
    await entries.create(
      fresh,
      change('blacklist-entry.reported', at),
      rekeysOfParties(input.parties, rotated),
    );
    const before = countKeyVersions(await entries.matchableParties());
    const hints = await entries.rekeyHints();

    // Assess 1: the old entry is on k1 (4 identifiers), the new report on k2; one hint waits.
    expect(before).toEqual([
      { keyVersion: 'k2', listed: 0, reported: 1, identifiers: 1 },
      { keyVersion: 'k1', listed: 1, reported: 0, identifiers: 4 },
    ]);
    expect(hints.map((h) => [h.entryId, h.rekeys.length])).toEqual([['bl-00000000000000000002', 1]]);

    // Act 2: the next screening's process applies the hint through its index.
    const cache = new ScreeningIndexCache(entries, compileNameRules({ localRegions: [] }), {
      lookbackMs: 0,
      clock: () => new Date(at),
    });
    const outcome = await applyRekeyHints(entries, await cache.current(), rotated, at);

    // Assess 2: the old entry's phone moved to k2 in the entry and in its screening item; the hint is gone.
    expect(outcome).toEqual({ entries: 1, identifiers: 1 });
    const stored = await entries.get(old.entryId, true);
    expect(stored?.version).toBe(3);
    expect(brokerPhone(stored)).toMatchObject({ keyVersion: 'k2', masked: '139****5678' });
    const screenItem = await tables.documents.send(
      new GetCommand({
        TableName: tables.names['blacklist-entries'],
        Key: { pk: `ENTRY#${old.entryId}`, sk: 'SCREEN' },
      }),
    );
    expect(screenItem.Item?.version).toBe(3);
    expect(brokerPhone({ ...confirmed, parties: screenItem.Item?.parties })).toMatchObject({
      keyVersion: 'k2',
    });
    expect(await entries.rekeyHints()).toEqual([]);
    expect(countKeyVersions(await entries.matchableParties())).toEqual([
      { keyVersion: 'k2', listed: 1, reported: 1, identifiers: 2 },
      { keyVersion: 'k1', listed: 1, reported: 0, identifiers: 3 },
    ]);
  });

  it('copies "not the same" decisions from the party key of an older version to the current one, once', async () => {
    // Act
    await screenings.exclude('individual:phone:old', 'bl-00000000000000000009', coordinator, 'at', 'scr-1');
    const first = await screenings.copyExclusions('individual:phone:old', 'individual:phone:new');
    const again = await screenings.copyExclusions('individual:phone:old', 'individual:phone:new');

    // Assess
    expect([first, again]).toEqual([1, 0]);
    expect(await screenings.exclusionsOf(['individual:phone:new'])).toEqual(
      new Map([['individual:phone:new', new Set(['bl-00000000000000000009'])]]),
    );
  });
});
