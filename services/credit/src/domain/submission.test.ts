import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { usccA } from './credit-records.fixture.ts';
import { parseCreditSubmission, safeParseCreditSubmission } from './submission.ts';

const penalty = {
  sourceRecordId: 'PEN-1',
  category: 'administrative-penalty',
  uscc: usccA,
  occurredOn: '2024-03-01',
  evidenceRef: 'case-file/PEN-1',
  facts: {
    authority: '市市场监督管理局',
    decisionNo: '市监罚〔2024〕12号',
    amountFen: 500_000,
    reason: '虚假宣传',
  },
};

function issuePaths(raw: unknown, prefix = 'body'): string[] {
  const parsed = safeParseCreditSubmission(raw, prefix);
  return parsed.ok ? [] : parsed.issues.map((i) => i.path).sort();
}

describe('Function: parseCreditSubmission', () => {
  it('accepts a valid penalty and normalises the USCC to upper case', () => {
    // Act
    const parsed = parseCreditSubmission({ ...penalty, uscc: usccA.toLowerCase() });

    // Assess
    expect(parsed.uscc).toBe(usccA);
    expect(parsed.category).toBe('administrative-penalty');
  });

  it('rejects unknown fields in the envelope and in the facts, naming them', () => {
    // Act
    const envelope = safeParseCreditSubmission({ ...penalty, agency: 'amr' });
    const facts = issuePaths({ ...penalty, facts: { ...penalty.facts, grade: 'A' } });

    // Assess
    expect(envelope).toMatchObject({ ok: false, issues: [{ path: 'body' }] });
    expect(JSON.stringify(envelope)).toContain('agency');
    expect(facts).toEqual(['body.facts']);
  });

  it('rejects facts of another category, an unknown category and a fractional amount', () => {
    // Act / Assess
    expect(issuePaths({ ...penalty, facts: { year: 2024, grade: 'A' } })).toEqual([
      'body.facts',
      'body.facts.amountFen',
      'body.facts.authority',
      'body.facts.decisionNo',
      'body.facts.reason',
    ]);
    expect(issuePaths({ ...penalty, category: 'gossip' })).toEqual(['body.category']);
    expect(issuePaths({ ...penalty, facts: { ...penalty.facts, amountFen: 12.5 } }, 'rows.3')).toEqual([
      'rows.3.facts.amountFen',
    ]);
  });

  it('rejects a bad USCC, an empty or overlong source record id, and a missing evidence reference', () => {
    // Prepare
    const { evidenceRef: _omitted, ...withoutEvidence } = penalty;

    // Act / Assess
    expect(issuePaths({ ...penalty, uscc: '91510100MA6CAB12X5' })).toEqual(['body.uscc']);
    expect(issuePaths({ ...penalty, sourceRecordId: '' })).toEqual(['body.sourceRecordId']);
    expect(issuePaths({ ...penalty, sourceRecordId: 'x'.repeat(101) })).toEqual(['body.sourceRecordId']);
    expect(issuePaths({ ...penalty, sourceRecordId: 'x'.repeat(100) })).toEqual([]);
    expect(issuePaths(withoutEvidence)).toEqual(['body.evidenceRef']);
  });

  it('rejects dates out of order: conduct ending before it occurred, expiry on the first day, delisting before listing', () => {
    // Prepare
    const debtor = {
      ...penalty,
      category: 'dishonest-judgment-debtor',
      facts: {
        caseNo: '(2025)执1号',
        court: '市中级人民法院',
        listedOn: '2025-03-01',
        delistedOn: '2025-02-28',
      },
    };

    // Act / Assess
    expect(issuePaths({ ...penalty, conductEndedOn: '2024-02-29' })).toEqual(['body.conductEndedOn']);
    expect(issuePaths({ ...penalty, expiresOn: '2024-03-01' })).toEqual(['body.expiresOn']);
    expect(issuePaths({ ...penalty, effectiveFrom: '2024-04-01', expiresOn: '2024-04-02' })).toEqual([]);
    expect(issuePaths(debtor)).toEqual(['body.facts.delistedOn']);
  });

  it('throws ValidationError listing every issue', () => {
    // Act
    const attempt = () =>
      parseCreditSubmission({ ...penalty, uscc: 'nope', occurredOn: '2024-13-01' }, 'body');

    // Assess
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'body.uscc' }),
          expect.objectContaining({ path: 'body.occurredOn' }),
        ]),
      }),
    );
  });
});
