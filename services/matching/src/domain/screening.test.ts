import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  type ScreeningCriterion,
  type ScreeningInput,
  type ScreeningResult,
  screenDeclaration,
} from './screening.ts';

type Attestation = NonNullable<ScreeningInput['attestations']>[number];

const confirmedNeedAndPurpose: Attestation[] = [
  { id: 'att-1', criterion: 'genuine-need', outcome: 'confirmed', by: 'township-a' },
  { id: 'att-2', criterion: 'lawful-purpose', outcome: 'confirmed', by: 'industry-dept' },
];

function facts(overrides: Partial<ScreeningInput> = {}): ScreeningInput {
  return {
    registry: { recordId: 'reg-1', operatingStatus: 'normal', hasFixedPremises: true },
    credit: { flags: [], evaluation: { grade: 'B', recordId: 'eval-1', recordsInForce: 3 } },
    attestations: confirmedNeedAndPurpose,
    policy: { failingGrades: ['D'] },
    ...overrides,
  };
}

function criterion(result: ScreeningResult, name: ScreeningCriterion) {
  const found = result.criteria.find((c) => c.criterion === name);
  if (found === undefined) throw new Error(`missing ${name}`);
  return found;
}

describe('Function: screenDeclaration', () => {
  it('passes when all five criteria pass, in the order of seed 001', () => {
    // Act
    const result = screenDeclaration(facts());

    // Assess
    expect(result.outcome).toBe('pass');
    expect(result.criteria.map((c) => [c.label, c.outcome])).toEqual([
      ['合规持续经营', 'pass'],
      ['固定经营场所', 'pass'],
      ['真实融资需求', 'pass'],
      ['信用状况良好', 'pass'],
      ['贷款用途依法合规', 'pass'],
    ]);
  });

  describe('compliant continuous operation', () => {
    it.each(['abnormal', 'revoked', 'deregistered'] as const)(
      'fails a %s enterprise, citing the registry record',
      (status) => {
        // Act
        const result = screenDeclaration(facts({ registry: { recordId: 'reg-9', operatingStatus: status } }));

        // Assess
        expect(criterion(result, 'compliant-operation')).toMatchObject({
          outcome: 'fail',
          reason: `operating status is ${status}`,
          records: ['reg-9'],
        });
        expect(result.outcome).toBe('fail');
      },
    );

    it('fails an enterprise on the abnormal operation list, citing the credit record', () => {
      // Act
      const result = screenDeclaration(
        facts({ credit: { flags: [{ kind: 'abnormal-operation', recordId: 'cr-77' }] } }),
      );

      // Assess
      expect(criterion(result, 'compliant-operation')).toMatchObject({ outcome: 'fail', records: ['cr-77'] });
    });
  });

  describe('fixed business premises', () => {
    it('fails when the registry records none, even if a reviewer confirms', () => {
      // Act
      const result = screenDeclaration(
        facts({
          registry: { recordId: 'reg-1', operatingStatus: 'normal', hasFixedPremises: false },
          attestations: [
            ...confirmedNeedAndPurpose,
            { id: 'att-3', criterion: 'fixed-premises', outcome: 'confirmed', by: 'township-a' },
          ],
        }),
      );

      // Assess
      expect(criterion(result, 'fixed-premises')).toMatchObject({ outcome: 'fail', records: ['reg-1'] });
    });

    it('needs an attestation when the registry does not know, and passes with one', () => {
      // Prepare
      const unknown = {
        recordId: 'reg-1',
        operatingStatus: 'normal' as const,
        hasFixedPremises: 'unknown' as const,
      };

      // Act
      const before = screenDeclaration(facts({ registry: unknown }));
      const after = screenDeclaration(
        facts({
          registry: unknown,
          attestations: [
            ...confirmedNeedAndPurpose,
            { id: 'att-3', criterion: 'fixed-premises', outcome: 'confirmed', by: 'township-a' },
          ],
        }),
      );

      // Assess
      expect(criterion(before, 'fixed-premises').outcome).toBe('needs-attestation');
      expect(before.outcome).toBe('needs-attestation');
      expect(criterion(after, 'fixed-premises')).toMatchObject({ outcome: 'pass', records: ['att-3'] });
      expect(after.outcome).toBe('pass');
    });
  });

  describe('genuine financing need and lawful loan purpose', () => {
    it('wait for a reviewer when nobody has attested', () => {
      // Act
      const result = screenDeclaration(facts({ attestations: [] }));

      // Assess
      expect(criterion(result, 'genuine-need').outcome).toBe('needs-attestation');
      expect(criterion(result, 'lawful-purpose').outcome).toBe('needs-attestation');
      expect(result.outcome).toBe('needs-attestation');
    });

    it('fail when any department refutes, even if another confirms, citing the refutation', () => {
      // Act
      const result = screenDeclaration(
        facts({
          attestations: [
            ...confirmedNeedAndPurpose,
            {
              id: 'att-9',
              criterion: 'lawful-purpose',
              outcome: 'refuted',
              by: 'finance-office',
              note: 'property speculation',
            },
          ],
        }),
      );

      // Assess
      expect(criterion(result, 'lawful-purpose')).toMatchObject({
        outcome: 'fail',
        reason: 'refuted by finance-office (property speculation)',
        records: ['att-9'],
      });
      expect(criterion(result, 'genuine-need').outcome).toBe('pass');
    });
  });

  describe('good credit standing', () => {
    it.each(['dishonest-judgment-debtor', 'serious-illegal-dishonest'] as const)(
      'fails on a %s flag despite a good grade, citing the record',
      (kind) => {
        // Act
        const result = screenDeclaration(
          facts({
            credit: { flags: [{ kind, recordId: 'cr-5' }], evaluation: { grade: 'A', recordId: 'eval-1' } },
          }),
        );

        // Assess
        expect(criterion(result, 'good-credit')).toMatchObject({
          outcome: 'fail',
          reason: `credit hard stop: ${kind}`,
          records: ['cr-5'],
        });
      },
    );

    it('fails a grade the city policy fails, citing the evaluation', () => {
      // Act
      const result = screenDeclaration(facts({ credit: { evaluation: { grade: 'D', recordId: 'eval-4' } } }));

      // Assess
      expect(criterion(result, 'good-credit')).toMatchObject({ outcome: 'fail', records: ['eval-4'] });
    });

    it('takes no record found (查无记录) for nothing: one record in force passes on data, none needs an attestation', () => {
      // Prepare
      const withRecords = (n: number | undefined) =>
        facts({
          credit: {
            evaluation: { grade: 'A', recordId: 'eval-7', ...(n === undefined ? {} : { recordsInForce: n }) },
          },
        });
      const taxAttests: Attestation = {
        id: 'att-9',
        criterion: 'good-credit',
        outcome: 'confirmed',
        by: 'ls-tax',
      };

      // Act + Assess: one record either side of none.
      expect(criterion(screenDeclaration(withRecords(1)), 'good-credit')).toMatchObject({
        outcome: 'pass',
        records: ['eval-7'],
      });
      expect(criterion(screenDeclaration(withRecords(0)), 'good-credit')).toMatchObject({
        outcome: 'needs-attestation',
        reason: expect.stringContaining('查无记录'),
      });
      expect(criterion(screenDeclaration(withRecords(undefined)), 'good-credit').outcome).toBe(
        'needs-attestation',
      );
      const attested = screenDeclaration({
        ...withRecords(0),
        attestations: [...confirmedNeedAndPurpose, taxAttests],
      });
      expect(criterion(attested, 'good-credit')).toMatchObject({ outcome: 'pass', records: ['att-9'] });
    });

    it('needs an attestation when there is no evaluation and no flag', () => {
      // Act
      const result = screenDeclaration(facts({ credit: {} }));

      // Assess
      expect(criterion(result, 'good-credit').outcome).toBe('needs-attestation');
    });

    it('keeps one failing criterion from failing the others', () => {
      // Act
      const result = screenDeclaration(
        facts({ credit: { flags: [{ kind: 'dishonest-judgment-debtor', recordId: 'cr-5' }] } }),
      );

      // Assess
      expect(result.outcome).toBe('fail');
      expect(result.criteria.filter((c) => c.outcome === 'fail').map((c) => c.criterion)).toEqual([
        'good-credit',
      ]);
    });
  });

  it('names a malformed field', () => {
    // Act
    const act = () =>
      screenDeclaration(facts({ registry: { recordId: 'reg-1', operatingStatus: 'closed' as 'normal' } }));

    // Assess
    expect(act).toThrow(ValidationError);
    expect(act).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'registry.operatingStatus' })] }),
    );
  });
});
