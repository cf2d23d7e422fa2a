import { ValidationError } from '@sme/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencies, record, referenceRecords, submission, usccA, usccB } from './credit-records.fixture.ts';
import { demoScoringModel } from './demo-scoring-model.ts';
import { evaluateCreditProfile } from './evaluate.ts';
import type { CreditRecord } from './record.ts';
import { applySubmission, revoke } from './record-history.ts';
import { defaultRetentionPolicy } from './retention.ts';

const asOf = '2025-06-30';
const evaluate = (records: CreditRecord[], on = asOf) =>
  evaluateCreditProfile({
    uscc: usccA,
    records,
    model: demoScoringModel(),
    asOf: on,
    retention: defaultRetentionPolicy,
  });

function replaceRecord(records: CreditRecord[], next: CreditRecord): CreditRecord[] {
  return records.map((r) =>
    r.sourceAgencyId === next.sourceAgencyId && r.sourceRecordId === next.sourceRecordId ? next : r,
  );
}

function findRecord(records: CreditRecord[], sourceRecordId: string): CreditRecord {
  const found = records.find((r) => r.sourceRecordId === sourceRecordId);
  if (!found) throw new Error(`fixture has no ${sourceRecordId}`);
  return found;
}

describe('Function: evaluateCreditProfile', () => {
  it('scores the reference enterprise factor by factor under demo-v1', () => {
    // Prepare
    const records = referenceRecords();

    // Act
    const profile = evaluate(records);

    // Assess
    // tax-credit-grade:  latest rating is 2024 (occurred 2025-04-20) grade A             → +120
    // honours:           national 60 + provincial 40 + city 20 = 120, capped at 100       → +100
    // admin penalties:   PEN-1 and PEN-2 count, 2 × −30 = −60 (cap 120); PEN-2019 ended
    //                    2019-05-01, last day in force 2024-05-01                          → −60
    // SI arrears:        SI-2025-05 has 4 months (tier ≥3 → −60); SI-2024-12 settled      → −60
    // tax-paid:          2024 paid 150,000,000 fen ≥ 100,000,000 (tier 2)                  → +50
    // invention patents: latest holding (2025-03-31) is 6 ≥ 5 (tier 2)                     → +40
    // court defendant:   CASE-D only (CASE-P is as plaintiff), 1 × −25                     → −25
    // policy support:    1 × +10                                                           → +10
    // score = 600 + 120 + 100 − 60 − 60 + 50 + 40 − 25 + 10 = 775 → AA (750 ≤ 775 < 850)
    expect(
      profile.factors.map((f) => [f.id, f.contribution, f.records.map((r) => r.sourceRecordId)]),
    ).toEqual([
      ['tax-credit-grade', 120, ['TCR-2024']],
      ['honours', 100, ['HON-C', 'HON-N', 'HON-P']],
      ['administrative-penalties', -60, ['PEN-1', 'PEN-2']],
      ['social-insurance-arrears', -60, ['SI-2025-05']],
      ['tax-paid', 50, ['PAY-2024']],
      ['invention-patents', 40, ['IP-2025Q1']],
      ['court-judgments-as-defendant', -25, ['CASE-D']],
      ['policy-support', 10, ['POL-1']],
    ]);
    expect(profile.score).toBe(775);
    expect(profile.grade).toBe('AA');
    expect(profile.modelVersion).toBe('demo-v1');
    expect(profile.hardStop).toBe(false);
    expect(profile.flags).toEqual({
      dishonestJudgmentDebtor: null,
      seriousIllegalDishonest: null,
      abnormalOperation: null,
    });
  });

  it('summarises the facts in force per category, without the records out of force', () => {
    // Prepare
    const records = referenceRecords();

    // Act
    const { facts, basis } = evaluate(records);

    // Assess
    expect(facts['administrative-penalty']).toEqual({
      count: 2,
      totalAmountFen: '2500000', // 500,000 + 2,000,000; PEN-2019's 9,900,000 is past retention
      latestOn: '2024-09-10',
    });
    expect(facts['tax-credit-rating']).toEqual({ grade: 'A', year: 2024 });
    expect(facts['social-insurance-arrears']).toEqual({
      count: 1,
      maxMonthsInArrears: 4,
      totalAmountFen: '1234500',
      kinds: ['social-insurance'],
    });
    expect(facts['court-judgment']).toEqual({
      asDefendant: 1,
      asPlaintiff: 1,
      inEnforcementAsDefendant: 1,
      defendantAmountFen: '3000000',
    });
    expect(facts.honour).toEqual({ count: 3, highestLevel: 'national', latestYear: 2024 });
    expect(facts['intellectual-property']).toMatchObject({
      asOf: '2025-03-31',
      inventionPatents: 6,
      designPatents: 0,
    });
    expect(facts['dishonest-judgment-debtor']).toBeUndefined();
    // 17 fixture records minus PEN-2019 (retention) and SI-2024-12 (settled)
    expect(basis).toHaveLength(15);
    expect(basis.map((r) => r.sourceRecordId)).not.toContain('PEN-2019');
  });

  it('follows a correction: the tax rating corrected from A to C moves the score by −180', () => {
    // Prepare
    const records = referenceRecords();
    const corrected = applySubmission(
      findRecord(records, 'TCR-2024'),
      agencies.tax.id,
      submission({
        sourceRecordId: 'TCR-2024',
        category: 'tax-credit-rating',
        occurredOn: '2025-04-20',
        facts: { year: 2024, grade: 'C' },
      }),
      '2025-06-10T00:00:00.000Z',
    );

    // Act
    const profile = evaluate(replaceRecord(records, corrected.record));

    // Assess
    // tax-credit-grade: A +120 → C −60; 775 − 120 − 60 = 595 → B (550 ≤ 595 < 650)
    expect(corrected.kind).toBe('corrected');
    expect(profile.factors.find((f) => f.id === 'tax-credit-grade')).toMatchObject({
      contribution: -60,
      records: [{ sourceRecordId: 'TCR-2024', version: 2 }],
    });
    expect(profile.score).toBe(595);
    expect(profile.grade).toBe('B');
  });

  it('drops a revoked record: revoking the social insurance arrears removes its factor', () => {
    // Prepare
    const records = referenceRecords();
    const revoked = revoke(
      findRecord(records, 'SI-2025-05'),
      { agencyId: agencies.hrss.id },
      'entered against the wrong enterprise',
      '2025-06-10T00:00:00.000Z',
    );

    // Act
    const profile = evaluate(replaceRecord(records, revoked.record));

    // Assess
    // 775 + 60 = 835 → AA
    expect(profile.factors.map((f) => f.id)).not.toContain('social-insurance-arrears');
    expect(profile.score).toBe(835);
    expect(profile.facts['social-insurance-arrears']).toBeUndefined();
    expect(profile.basis.map((r) => r.sourceRecordId)).not.toContain('SI-2025-05');
  });

  it('counts a penalty on the last day of its retention and not the day after', () => {
    // Prepare: conduct ended 2021-03-15 → counts through 2026-03-15
    const penalty = record(agencies.amr.id, {
      sourceRecordId: 'PEN-R',
      category: 'administrative-penalty',
      occurredOn: '2021-01-04',
      conductEndedOn: '2021-03-15',
      facts: {
        authority: '市市场监督管理局',
        decisionNo: '市监罚〔2021〕1号',
        amountFen: 100_000,
        reason: '未按规定公示',
      },
    });

    // Act
    const lastDay = evaluate([penalty], '2026-03-15');
    const dayAfter = evaluate([penalty], '2026-03-16');

    // Assess: 600 − 30 = 570 (B), then 600 (B)
    expect(lastDay.score).toBe(570);
    expect(lastDay.factors).toEqual([
      expect.objectContaining({ id: 'administrative-penalties', contribution: -30 }),
    ]);
    expect(dayAfter.score).toBe(600);
    expect(dayAfter.factors).toEqual([]);
    expect(dayAfter.basis).toEqual([]);
  });

  it('forces the hard-stop grade D on an abnormal-operation listing whatever the score', () => {
    // Prepare
    const records = [
      ...referenceRecords(),
      record(agencies.amr.id, {
        sourceRecordId: 'ABN-1',
        category: 'abnormal-operation',
        occurredOn: '2025-05-06',
        facts: { reason: 'annual-report-not-filed', listedOn: '2025-05-06' },
      }),
    ];

    // Act
    const profile = evaluate(records);

    // Assess: 775 − 150 = 625 would be B, the listing makes it D
    expect(profile.score).toBe(625);
    expect(profile.grade).toBe('D');
    expect(profile.hardStop).toBe(true);
    expect(profile.flags.abnormalOperation).toEqual({ since: '2025-05-06', recordIds: ['amr/ABN-1'] });
    expect(profile.flags.dishonestJudgmentDebtor).toBeNull();
  });

  it('lifts the hard stop from the day the debtor is delisted', () => {
    // Prepare
    const listed = (delistedOn?: string) =>
      record(agencies.court.id, {
        sourceRecordId: 'SX-1',
        category: 'dishonest-judgment-debtor',
        occurredOn: '2025-05-10',
        facts: {
          caseNo: '(2025)川0100执12号',
          court: '市中级人民法院',
          listedOn: '2025-05-10',
          ...(delistedOn ? { delistedOn } : {}),
        },
      });

    // Act
    const whileListed = evaluate([...referenceRecords(), listed()]);
    const delistedToday = evaluate([...referenceRecords(), listed('2025-06-30')]);
    const delistedTomorrow = evaluate([...referenceRecords(), listed('2025-07-01')]);

    // Assess: listed, 775 − 300 = 475 (C by score) graded D; delisted on asOf: 775, AA
    expect(whileListed).toMatchObject({ score: 475, grade: 'D', hardStop: true });
    expect(whileListed.flags.dishonestJudgmentDebtor).toEqual({
      since: '2025-05-10',
      recordIds: ['intermediate-court/SX-1'],
    });
    expect(delistedTomorrow).toMatchObject({ score: 475, grade: 'D', hardStop: true });
    expect(delistedToday).toMatchObject({ score: 775, grade: 'AA', hardStop: false });
    expect(delistedToday.flags.dishonestJudgmentDebtor).toBeNull();
  });

  it('keeps the score within 0..1000', () => {
    // Prepare: −300 −300 −400 (2 × −200, cap 400) −120 (5 × −30 = −150, cap 120) = −1120
    const negatives = [
      record(agencies.court.id, {
        sourceRecordId: 'SX',
        category: 'dishonest-judgment-debtor',
        occurredOn: '2025-01-02',
        facts: { caseNo: '(2025)执1号', court: '市中级人民法院', listedOn: '2025-01-02' },
      }),
      record(agencies.amr.id, {
        sourceRecordId: 'YZ',
        category: 'serious-illegal-dishonest',
        occurredOn: '2025-01-03',
        facts: { listingAuthority: '市市场监督管理局', reason: '提交虚假材料', listedOn: '2025-01-03' },
      }),
      ...[1, 2].map((n) =>
        record(agencies.court.id, {
          sourceRecordId: `TFZ-${n}`,
          category: 'debt-evasion',
          occurredOn: '2024-07-01',
          facts: { creditor: '某农村商业银行', amountFen: 10_000_000, description: '转移资产逃避债务' },
        }),
      ),
      ...[1, 2, 3, 4, 5].map((n) =>
        record(agencies.amr.id, {
          sourceRecordId: `P-${n}`,
          category: 'administrative-penalty',
          occurredOn: `2025-02-0${n}`,
          facts: { authority: '市市场监督管理局', decisionNo: `罚${n}`, amountFen: 1_000, reason: '违规' },
        }),
      ),
    ];

    // Act
    const profile = evaluate(negatives);

    // Assess: 600 − 1120 = −520 → 0
    expect(profile.factors.map((f) => f.contribution)).toEqual([-400, -300, -300, -120]);
    expect(profile.score).toBe(0);
    expect(profile.grade).toBe('D');
  });

  it('rejects a record about another enterprise and a record given twice', () => {
    // Prepare
    const [first] = referenceRecords();
    if (!first) throw new Error('empty fixture');
    const foreign = { ...first, uscc: usccB };

    // Act
    const otherEnterprise = () => evaluate([foreign]);
    const twice = () => evaluate([first, first]);

    // Assess
    expect(otherEnterprise).toThrow(ValidationError);
    expect(twice).toThrow(/given twice/);
  });

  it('gives identical JSON whatever the order of the records (property)', () => {
    // Prepare
    const records = referenceRecords();
    const dates = fc.constantFrom('2024-06-01', '2025-01-15', '2025-06-30', '2026-03-31', '2029-12-31');

    // Act / Assess
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), dates, (shuffled, on) => {
        expect(JSON.stringify(evaluate(shuffled, on))).toBe(JSON.stringify(evaluate(records, on)));
      }),
      { numRuns: 200 },
    );
  });
});
