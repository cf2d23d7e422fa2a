import type { CreditProfileChanged } from '@sme/events';
import { describe, expect, it } from 'vitest';
import { agencies, record, usccA, usccB } from '../domain/credit-records.fixture.ts';
import { demoScoringModel } from '../domain/demo-scoring-model.ts';
import type { PublishedProfile } from '../domain/profile-change.ts';
import type { CreditRecord } from '../domain/record.ts';
import { defaultRetentionPolicy } from '../domain/retention.ts';
import type {
  CreditProfileStore,
  EnterpriseRecords,
  ProfileEvents,
  ProfileState,
  RecordKey,
} from './ports.ts';
import { type RecomputeDeps, recomputeProfiles } from './recompute-profiles.ts';

/** recomputeProfiles on in-memory ports. */

const usccC = '91510100MA6CAB14X6';

class FakeRecords implements EnterpriseRecords {
  readonly byUscc = new Map<string, CreditRecord[]>();
  readonly reads: { uscc: string; justWritten: readonly RecordKey[] }[] = [];
  readonly failFor = new Set<string>();
  async ofEnterprise(uscc: string, justWritten: readonly RecordKey[] = []) {
    this.reads.push({ uscc, justWritten });
    if (this.failFor.has(uscc)) throw new Error(`read of ${uscc} failed`);
    return this.byUscc.get(uscc) ?? [];
  }
}

class FakeProfiles implements CreditProfileStore {
  readonly states = new Map<string, ProfileState>();
  readonly saves: { uscc: string; previousVersion: number; published: PublishedProfile }[] = [];
  stateReads = 0;
  async stateOf(uscc: string) {
    this.stateReads += 1;
    return this.states.get(uscc);
  }
  async savePublished(uscc: string, previousVersion: number, published: PublishedProfile) {
    this.saves.push({ uscc, previousVersion, published });
    this.states.set(uscc, { profileVersion: previousVersion + 1, published });
  }
  async markRegistered() {
    return { evaluated: false };
  }
}

class FakeEvents implements ProfileEvents {
  readonly published: CreditProfileChanged[] = [];
  async publish(events: CreditProfileChanged[]) {
    this.published.push(...events);
  }
}

const rating = (uscc: string, grade: 'A' | 'B' | 'M' | 'C' | 'D', year = 2025) =>
  record(agencies.tax.id, {
    uscc,
    sourceRecordId: `TCR-${year}`,
    category: 'tax-credit-rating',
    occurredOn: `${year + 1}-04-20`,
    facts: { year, grade },
  });

function setup() {
  const records = new FakeRecords();
  const profiles = new FakeProfiles();
  const events = new FakeEvents();
  const deps: RecomputeDeps = {
    records,
    profiles,
    events,
    modelOn: () => demoScoringModel(),
    retention: defaultRetentionPolicy,
    asOf: '2026-06-30',
    now: '2026-06-30T02:00:00.000Z',
  };
  return { records, profiles, events, deps };
}
const request = (uscc: string, sourceRecordId: string) => ({
  uscc,
  reason: 'record-changed',
  records: [{ sourceAgencyId: agencies.tax.id, sourceRecordId }],
});

describe('Function: recomputeProfiles', () => {
  it('evaluates a batch of 10 requests about 3 enterprises 3 times, once each, with the records named', async () => {
    // Prepare
    const { records, profiles, events, deps } = setup();
    records.byUscc.set(usccA, [rating(usccA, 'A')]);
    records.byUscc.set(usccB, [rating(usccB, 'C')]);
    records.byUscc.set(usccC, [rating(usccC, 'M')]);
    const batch = [
      request(usccA, 'R1'),
      request(usccB, 'R2'),
      request(usccA, 'R3'),
      request(usccC, 'R4'),
      request(usccA, 'R5'),
      request(usccB, 'R6'),
      request(usccA, 'R7'),
      request(usccC, 'R8'),
      request(usccB, 'R9'),
      request(usccA, 'R10'),
    ];

    // Act
    const outcomes = await recomputeProfiles(batch, deps);

    // Assess
    expect(records.reads.map((r) => r.uscc)).toEqual([usccA, usccB, usccC]);
    expect(records.reads[0]?.justWritten.map((k) => k.sourceRecordId)).toEqual([
      'R1',
      'R3',
      'R5',
      'R7',
      'R10',
    ]);
    expect(profiles.stateReads).toBe(3);
    expect(outcomes.map((o) => o.kind)).toEqual(['published', 'published', 'published']);
    expect(
      events.published.map((e) => [e.uscc, e.profileVersion, e.grade, e.score, e.recordsInForce]),
    ).toEqual([
      [usccA, 1, 'A', 720, 1],
      [usccB, 1, 'C', 540, 1],
      [usccC, 1, 'B', 620, 1],
    ]);
    expect(profiles.saves.map((s) => [s.uscc, s.previousVersion, s.published.grade])).toEqual([
      [usccA, 0, 'A'],
      [usccB, 0, 'C'],
      [usccC, 0, 'B'],
    ]);
  });

  it('publishes and stores nothing when the grade stays: tax grade A (720) corrected to B (660) is grade A', async () => {
    // Prepare: v3 published grade A from the A rating.
    const { records, profiles, events, deps } = setup();
    records.byUscc.set(usccA, [rating(usccA, 'A')]);
    await recomputeProfiles([request(usccA, 'TCR-2025')], deps);
    profiles.states.set(usccA, { ...(profiles.states.get(usccA) as ProfileState), profileVersion: 3 });
    events.published.length = 0;
    profiles.saves.length = 0;
    records.byUscc.set(usccA, [rating(usccA, 'B')]);

    // Act
    const outcomes = await recomputeProfiles([request(usccA, 'TCR-2025')], deps);

    // Assess
    expect(outcomes).toEqual([{ uscc: usccA, kind: 'unchanged' }]);
    expect(events.published).toEqual([]);
    expect(profiles.saves).toEqual([]);
  });

  it('publishes a new grade as the next version: M (620, B) corrected to C (540, C) after v3', async () => {
    // Prepare
    const { records, profiles, events, deps } = setup();
    records.byUscc.set(usccA, [rating(usccA, 'M')]);
    await recomputeProfiles([request(usccA, 'TCR-2025')], deps);
    profiles.states.set(usccA, { ...(profiles.states.get(usccA) as ProfileState), profileVersion: 3 });
    events.published.length = 0;
    records.byUscc.set(usccA, [rating(usccA, 'C')]);

    // Act
    const outcomes = await recomputeProfiles([request(usccA, 'TCR-2025')], deps);

    // Assess
    expect(outcomes[0]).toMatchObject({ kind: 'published', reasons: ['grade'] });
    expect(events.published).toEqual([
      {
        type: 'CreditProfileChanged',
        version: 1,
        eventId: `credit-profile:${usccA}:v4`,
        occurredAt: '2026-06-30T02:00:00.000Z',
        uscc: usccA,
        profileVersion: 4,
        grade: 'C',
        score: 540,
        hardStop: false,
        flags: [],
        modelVersion: demoScoringModel().version,
        recordsInForce: 1,
      },
    ]);
    expect(profiles.saves.at(-1)).toMatchObject({
      uscc: usccA,
      previousVersion: 3,
      published: { grade: 'C' },
    });
  });

  it('fails one enterprise alone: the others are evaluated and published', async () => {
    // Prepare
    const { records, events, deps } = setup();
    records.byUscc.set(usccA, [rating(usccA, 'A')]);
    records.failFor.add(usccB);

    // Act
    const outcomes = await recomputeProfiles([request(usccA, 'R1'), request(usccB, 'R2')], deps);

    // Assess
    expect(outcomes.map((o) => [o.uscc, o.kind])).toEqual([
      [usccA, 'published'],
      [usccB, 'failed'],
    ]);
    expect(events.published.map((e) => e.uscc)).toEqual([usccA]);
  });
});
