import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { coordinator, keyring, later, raw, report, standard, uscc } from './entry.fixture.ts';
import { decideReport, revokeEntry } from './entry.ts';
import { compileNameRules } from './name-rules.ts';
import {
  compositeId,
  prepareParties,
  screenApplication,
  screeningEntriesOf,
  screeningRequestSchema,
} from './screen-application.ts';
import { buildScreeningIndex } from './screening-index.ts';

const rules = compileNameRules({ localRegions: ['临山市', '东湖区', '西岭区'] });
const listedEntry = decideReport(
  report(),
  { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '收费' },
  standard,
  coordinator,
  later,
).entry;
const entryId = listedEntry.entryId;
const applicant = uscc('MA000201');

const request = (body: Record<string, unknown>) =>
  screeningRequestSchema.parse({ application: { uscc: applicant }, ...body });
const options = (exclusions = new Map<string, Set<string>>()) => ({
  threshold: 0.85,
  exclusions,
  compositesOf: (id: string) => (id === entryId ? [compositeId(id, 'p1'), compositeId(id, 'p2')] : []),
});

describe('Function: screenApplication', () => {
  it('hits on the broker’s phone whatever name the application gives, and ties the hit to the entry', () => {
    // Prepare
    const index = buildScreeningIndex(screeningEntriesOf(listedEntry), rules);
    const parties = prepareParties(
      request({ parties: [{ role: 'agent', kind: 'individual', name: '李明', phones: ['139 1234 5678'] }] }),
      keyring,
    );

    // Act
    const result = screenApplication(index, parties, options());

    // Assess
    expect(result.outcome).toBe('hit');
    expect(result.hitEntryIds).toEqual([entryId]);
    expect(result.parties[0]?.matches).toEqual([
      expect.objectContaining({
        entryId,
        partyIds: ['p2'],
        matchedFields: ['phone'],
        score: 1,
        strong: true,
      }),
    ]);
    expect(result.parties[0]?.party).toEqual({
      kind: 'individual',
      name: '李*',
      phones: ['139****5678'],
      accounts: [],
    });
  });

  it('answers a firm with a similar name as a possible hit, not a hit, with the reason', () => {
    // Prepare: no USCC given; the trade name and line of business are the entry's.
    const index = buildScreeningIndex(screeningEntriesOf(listedEntry), rules);
    const parties = prepareParties(
      request({
        parties: [{ role: 'consultant', kind: 'organisation', name: '鑫源商务信息咨询（临山）有限公司' }],
      }),
      keyring,
    );

    // Act
    const result = screenApplication(index, parties, options());

    // Assess
    expect(result.outcome).toBe('possible-hit');
    expect(result.hitEntryIds).toEqual([]);
    const match = result.parties[0]?.matches[0];
    expect(match).toMatchObject({ entryId, partyIds: ['p1'], strong: false, matchedFields: ['name'] });
    expect(match?.score).toBeGreaterThanOrEqual(0.85);
    expect(match?.explanation).toContain('鑫源');
  });

  it('skips an (party, entry) pair a reviewer said is not the same', () => {
    // Prepare
    const index = buildScreeningIndex(screeningEntriesOf(listedEntry), rules);
    const parties = prepareParties(
      request({
        parties: [{ role: 'consultant', kind: 'organisation', name: '临山市鑫源商务信息咨询有限公司' }],
      }),
      keyring,
    );
    const key = parties[0]?.partyKey ?? '';

    // Act
    const result = screenApplication(index, parties, options(new Map([[key, new Set([entryId])]])));

    // Assess
    expect(result.outcome).toBe('clear');
    expect(result.parties[0]?.matches).toEqual([]);
  });

  it('does not match an entry that is off the list', () => {
    // Prepare
    const revoked = revokeEntry(listedEntry, '撤销', coordinator, later).entry;
    const index = buildScreeningIndex(screeningEntriesOf(revoked), rules);
    const parties = prepareParties(request({ phones: [raw.phone] }), keyring);

    // Act
    const result = screenApplication(index, parties, options());

    // Assess
    expect(result.outcome).toBe('clear');
    expect(index.entries.size).toBe(0);
  });

  it('screens bare phone numbers of the application and never echoes a raw identifier', () => {
    // Prepare
    const index = buildScreeningIndex(screeningEntriesOf(listedEntry), rules);
    const parties = prepareParties(
      request({
        phones: [raw.phone],
        parties: [{ role: 'guarantor', kind: 'individual', name: '王芳', idNumber: raw.idNumber }],
      }),
      keyring,
    );

    // Act
    const result = screenApplication(index, parties, options());

    // Assess
    expect(result.parties.map((p) => p.outcome)).toEqual(['hit', 'hit']);
    const text = JSON.stringify(result.parties.map(({ partyKey: _k, ...p }) => p));
    for (const value of [raw.phone, raw.idNumber]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('names a malformed phone by its field', () => {
    expect(() => prepareParties(request({ phones: ['12345'] }), keyring)).toThrow(ValidationError);
    try {
      prepareParties(request({ phones: ['138', '12345'] }), keyring);
    } catch (error) {
      expect((error as ValidationError).issues[0]?.path).toBe('body.phones.0');
    }
  });
});
