import { ConflictError, type Principal } from '@sme/kernel';
import type { AuditEntry, VersionChange } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import { coordinator, keyring, later, raw, report, standard, uscc } from '../domain/entry.fixture.ts';
import { type BlacklistEntry, decideReport } from '../domain/entry.ts';
import { compileNameRules } from '../domain/name-rules.ts';
import { screeningEntriesOf, screeningRequestSchema } from '../domain/screen-application.ts';
import { buildScreeningIndex, type ScreeningIndex } from '../domain/screening-index.ts';
import type { ScreeningRecord } from '../domain/screening-record.ts';
import type { ScreeningEntryStore, ScreeningIndexSource, ScreeningStore } from './ports.ts';
import { type RunScreeningDeps, runScreening, type ScreeningOccasion } from './run-screening.ts';

const entryId = 'bl-00000000000000000001';
const listedEntry: BlacklistEntry = decideReport(
  report(entryId),
  { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '收费' },
  standard,
  coordinator,
  later,
).entry;

const bank: Principal = { clientId: 'c-bank-gs', orgId: 'bank-gs', role: 'bank' } as Principal;
const applicant = uscc('MA000777');

class FakeIndex implements ScreeningIndexSource {
  readonly index: ScreeningIndex;
  constructor(entries: BlacklistEntry[]) {
    this.index = buildScreeningIndex(
      entries.flatMap(screeningEntriesOf),
      compileNameRules({ localRegions: [] }),
    );
  }
  async current() {
    return this.index;
  }
  compositesOf = () => [];
  get size() {
    return 1;
  }
}

class FakeEntries implements ScreeningEntryStore {
  readonly hits: { entryId: string; uscc: string; source: string; change: VersionChange }[] = [];
  revoked = new Set<string>();
  async recordScreeningHit(entryId: string, uscc: string, source: string, change: VersionChange) {
    if (this.revoked.has(entryId)) throw new ConflictError('Entry is not listed', { state: 'revoked' });
    this.hits.push({ entryId, uscc, source, change });
    return true;
  }
  async get() {
    return undefined;
  }
  async save() {}
  async rekeyHints() {
    return [];
  }
  async deleteRekeyHint() {}
}

class FakeScreenings implements ScreeningStore {
  readonly created: ScreeningRecord[] = [];
  exclusions = new Map<string, Set<string>>();
  async create(s: ScreeningRecord) {
    this.created.push(s);
  }
  async exclusionsOf() {
    return this.exclusions;
  }
  async copyExclusions() {
    return 0;
  }
}

function setup() {
  const entries = new FakeEntries();
  const screenings = new FakeScreenings();
  const audit: AuditEntry[] = [];
  const deps: RunScreeningDeps = {
    keyring,
    index: new FakeIndex([listedEntry]),
    entries,
    screenings,
    appendAudit: async (e) => {
      audit.push(e);
    },
    nameMatchThreshold: 0.85,
    newScreeningId: () => 'scr-00000000000000000042',
    now: () => new Date('2026-12-04T02:00:00.000Z'),
    logger: { info: () => undefined, warn: () => undefined },
  };
  return { deps, entries, screenings, audit };
}

const occasion: ScreeningOccasion = {
  principal: bank,
  actor: { clientId: bank.clientId, orgId: bank.orgId, role: 'bank' },
  requestId: 'req-1',
};

describe('Use case: runScreening', () => {
  it("a party with the listed broker's phone is a hit: stored, audited without the phone, and the applicant tied to the entry", async () => {
    // Prepare
    const { deps, entries, screenings, audit } = setup();
    const request = screeningRequestSchema.parse({
      application: { uscc: applicant },
      parties: [{ kind: 'individual', role: 'agent', name: '李四', phones: [raw.phone] }],
    });

    // Act
    const screening = await runScreening(deps, request, occasion);

    // Assess
    expect(screening.outcome).toBe('hit');
    expect(screening.hitEntryIds).toEqual([entryId]);
    expect(screenings.created).toEqual([screening]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      subjectId: 'scr-00000000000000000042',
      action: 'screening.run',
      at: '2026-12-04T02:00:00.000Z',
      discriminator: 'req-1',
      detail: { uscc: applicant, outcome: 'hit', hitEntryIds: [entryId] },
    });
    expect(JSON.stringify([screening, audit])).not.toContain(raw.phone);
    expect(entries.hits).toEqual([
      {
        entryId,
        uscc: applicant,
        source: 'screening:scr-00000000000000000042',
        change: expect.objectContaining({ action: 'intermediary-hit.screening', orgId: 'bank-gs' }),
      },
    ]);
  });

  it('an entry revoked between the index refresh and the hit is not tied, and the screening still answers', async () => {
    const { deps, entries } = setup();
    entries.revoked.add(entryId);
    const request = screeningRequestSchema.parse({
      application: { uscc: applicant },
      parties: [{ kind: 'individual', role: 'agent', name: '李四', phones: [raw.phone] }],
    });

    const screening = await runScreening(deps, request, occasion);

    expect(screening.outcome).toBe('hit');
    expect(entries.hits).toEqual([]);
  });

  it('parties unknown to the list are clear: nothing is tied', async () => {
    const { deps, entries, audit } = setup();
    const request = screeningRequestSchema.parse({
      application: { uscc: applicant },
      parties: [{ kind: 'individual', role: 'contact', name: '赵一', phones: ['13800000000'] }],
    });

    const screening = await runScreening(deps, request, occasion);

    expect(screening.outcome).toBe('clear');
    expect(entries.hits).toEqual([]);
    expect(audit[0]?.detail).toMatchObject({ outcome: 'clear', hitEntryIds: [], possibleEntryIds: [] });
  });
});
