import { ConflictError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { referenceRecords, usccA } from './credit-records.fixture.ts';
import { demoScoringModel } from './demo-scoring-model.ts';
import { evaluateCreditProfile } from './evaluate.ts';
import { defaultRetentionPolicy } from './retention.ts';
import { bankView, fullView } from './views.ts';

const records = referenceRecords();
const profile = evaluateCreditProfile({
  uscc: usccA,
  records,
  model: demoScoringModel(),
  asOf: '2025-06-30',
  retention: defaultRetentionPolicy,
});

describe('Function: bankView', () => {
  it('shows the evaluation without agency ids, source record ids or evidence references', () => {
    // Act
    const view = bankView(profile);
    const json = JSON.stringify(view);

    // Assess
    expect(view).toMatchObject({
      uscc: usccA,
      score: 775,
      grade: 'AA',
      modelVersion: 'demo-v1',
      hardStop: false,
    });
    expect(view.factors[0]).toEqual({
      id: 'tax-credit-grade',
      label: 'Latest tax credit grade',
      contribution: 120,
      records: [{ category: 'tax-credit-rating', occurredOn: '2025-04-20' }],
    });
    for (const leak of [
      'case-file/',
      'tax-bureau',
      'TCR-2024',
      '市监罚',
      'sourceRecordId',
      'evidenceRef',
      'basis',
    ]) {
      expect(json).not.toContain(leak);
    }
  });

  it('reduces a hard-stop flag to its date and record count', () => {
    // Prepare
    const flagged = {
      ...profile,
      hardStop: true,
      flags: {
        ...profile.flags,
        abnormalOperation: { since: '2025-05-06', recordIds: ['amr/ABN-1', 'amr/ABN-2'] },
      },
    };

    // Act
    const view = bankView(flagged);

    // Assess
    expect(view.flags.abnormalOperation).toEqual({ since: '2025-05-06', count: 2 });
    expect(JSON.stringify(view)).not.toContain('ABN-1');
  });
});

describe('Function: fullView', () => {
  it('adds the records in force with their evidence references, and no superseded versions', () => {
    // Act
    const view = fullView(profile, records);

    // Assess
    expect(view.records).toHaveLength(15);
    expect(view.records.find((r) => r.sourceRecordId === 'PEN-1')).toMatchObject({
      sourceAgencyId: 'amr',
      evidenceRef: 'case-file/PEN-1',
      version: 1,
    });
    expect(view.records.map((r) => r.sourceRecordId)).not.toContain('PEN-2019');
    expect(view.records.every((r) => !('history' in r))).toBe(true);
  });

  it('refuses records that are not the versions the profile was computed from', () => {
    // Prepare
    const newer = records.map((r) => (r.sourceRecordId === 'PEN-1' ? { ...r, version: 2 } : r));

    // Act
    const mismatched = () => fullView(profile, newer);

    // Assess
    expect(mismatched).toThrow(ConflictError);
  });
});
