import { ConflictError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { coordinator, later, now, raw, report, reportInput, standard, uscc } from './entry.fixture.ts';
import { decideAppeal, decideReport, listed, mergeDuplicate, recordAppeal, revokeEntry } from './entry.ts';
import { hashIdentifier } from './identifiers.ts';

const issuesOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

const confirmInput = {
  outcome: 'confirm' as const,
  criteria: [
    { code: 'unlicensed-intermediation', met: true, note: '无放贷资质，按贷款额8%收费' },
    { code: 'fee-padding', met: false },
  ],
  reasons: '多家银行反映同一中介以包过为名收费',
};
const confirmed = () => decideReport(report(), confirmInput, standard, coordinator, later).entry;

describe('Function: newReport', () => {
  it('keeps individual identifiers only as keyed hash and masked form; the raw values are nowhere in the entry', () => {
    // Act
    const entry = report();

    // Assess
    const person = entry.parties[1];
    expect(person).toMatchObject({
      kind: 'individual',
      name: '欧阳娜娜',
      maskedName: '欧阳**',
      idNumber: {
        masked: '110105********002X',
        hash: hashIdentifier('id-number', raw.idNumber, 'linshan-test-secret-0123456789'),
      },
      accounts: [{ masked: '****0123' }],
    });
    // The same phone written twice (+86, dashes) is kept once.
    expect(person?.kind === 'individual' && person.phones.map((p) => p.masked)).toEqual(['139****5678']);
    const stored = JSON.stringify(entry);
    for (const value of [raw.idNumber, raw.phone, raw.account, '84567890'])
      expect(stored).not.toContain(value);
    expect(entry).toMatchObject({ state: 'reported', version: 1, reporter: { orgId: 'bank-gs' } });
  });

  it('refuses a category the city does not have, naming the field', () => {
    expect(issuesOf(() => report(undefined, reportInput({ category: 'loan-shark' })))).toEqual([
      { path: 'body.category', message: 'one of illegal-loan-facilitation, fund-broker' },
    ]);
  });

  it('refuses an individual with a name only: a name cannot identify a person', () => {
    // Prepare
    const input = reportInput({ parties: [{ kind: 'individual', name: '张伟' }] });

    // Act & Assess
    expect(issuesOf(() => report(undefined, input))[0]?.path).toBe('body.parties.0');
  });

  it('names a bad identifier by its field and never quotes it', () => {
    // Prepare: the check character of this ID number should be X.
    const input = reportInput({
      parties: [{ kind: 'individual', name: '张伟', idNumber: '110105194912310021' }],
    });

    // Act
    const issues = issuesOf(() => report(undefined, input));

    // Assess
    expect(issues).toEqual([
      { path: 'body.parties.0.idNumber', message: 'ID number check character is wrong' },
    ]);
    expect(JSON.stringify(issues)).not.toContain('110105194912310021');
  });
});

describe('Function: decideReport', () => {
  it('confirms with one criterion met, records the assessment and lists the entry', () => {
    // Act
    const step = decideReport(report(), confirmInput, standard, coordinator, later);

    // Assess
    expect(step.action).toBe('blacklist-entry.confirmed');
    expect(step.entry).toMatchObject({ state: 'confirmed', version: 2, listedAt: later, updatedAt: later });
    expect(step.entry.decision?.criteria).toEqual(confirmInput.criteria);
    expect(listed(step.entry)).toBe(true);
  });

  it('refuses to confirm when no criterion of the standard is met, but may dismiss', () => {
    // Prepare
    const noneMet = { ...confirmInput, criteria: [{ code: 'fee-padding', met: false }] };

    // Act
    const confirmIssues = issuesOf(() => decideReport(report(), noneMet, standard, coordinator, later));
    const dismissed = decideReport(
      report(),
      { ...noneMet, outcome: 'dismiss', reasons: '收费系银行正常利息' },
      standard,
      coordinator,
      later,
    );

    // Assess
    expect(confirmIssues).toEqual([{ path: 'body.criteria', message: 'no criterion is marked met' }]);
    expect(dismissed.entry).toMatchObject({ state: 'dismissed', decision: { outcome: 'dismissed' } });
    expect(dismissed.entry.listedAt).toBeUndefined();
  });

  it('refuses a criterion outside the city standard, and one assessed twice', () => {
    // Prepare
    const unknown = { ...confirmInput, criteria: [{ code: 'usury', met: true }] };
    const twice = {
      ...confirmInput,
      criteria: [
        { code: 'fee-padding', met: true },
        { code: 'fee-padding', met: false },
      ],
    };

    // Act & Assess
    expect(issuesOf(() => decideReport(report(), unknown, standard, coordinator, later))[0]?.path).toBe(
      'body.criteria.0.code',
    );
    expect(issuesOf(() => decideReport(report(), twice, standard, coordinator, later))[0]?.path).toBe(
      'body.criteria.1.code',
    );
  });

  it('refuses to decide an entry already confirmed (409)', () => {
    expect(() => decideReport(confirmed(), confirmInput, standard, coordinator, later)).toThrow(
      ConflictError,
    );
  });
});

describe('Appeals and revocation', () => {
  const appeal = { appellant: '欧阳娜娜（委托律师）', grounds: '收费系代办评估费', receivedOn: '2026-05-10' };

  it('keeps an appealed entry listed; a rejected appeal returns it to confirmed', () => {
    // Act
    const appealed = recordAppeal(confirmed(), appeal, coordinator, later).entry;
    const rejected = decideAppeal(appealed, { outcome: 'rejected', reasons: '证据充分' }, coordinator, later);

    // Assess
    expect(appealed).toMatchObject({ state: 'appealed', version: 3 });
    expect(listed(appealed)).toBe(true);
    expect(rejected.entry).toMatchObject({ state: 'confirmed', version: 4 });
    expect(rejected.entry.appeals).toEqual([
      expect.objectContaining({ outcome: 'rejected', reasons: '证据充分', decidedAt: later }),
    ]);
  });

  it('revokes on an upheld appeal, recording why', () => {
    // Act
    const appealed = recordAppeal(confirmed(), appeal, coordinator, later).entry;
    const upheld = decideAppeal(appealed, { outcome: 'upheld', reasons: '误认同名公司' }, coordinator, later);

    // Assess
    expect(upheld.action).toBe('blacklist-entry.appeal-upheld');
    expect(upheld.entry).toMatchObject({
      state: 'revoked',
      revocation: { reason: 'appeal upheld: 误认同名公司' },
    });
    expect(listed(upheld.entry)).toBe(false);
  });

  it('refuses an appeal decision without an appeal, and revoking a report never listed', () => {
    expect(() => decideAppeal(confirmed(), { outcome: 'upheld', reasons: 'x' }, coordinator, later)).toThrow(
      ConflictError,
    );
    expect(() => revokeEntry(report(), '误报', coordinator, later)).toThrow(
      'Blacklist entry in state reported cannot take event "revoke"',
    );
  });

  it('revokes a confirmed entry once; a second revocation is refused', () => {
    // Act
    const revoked = revokeEntry(confirmed(), '当事人已注销并经核实停止业务', coordinator, later).entry;

    // Assess
    expect(revoked).toMatchObject({ state: 'revoked', version: 3, listedAt: later });
    expect(() => revokeEntry(revoked, 'again', coordinator, later)).toThrow('(the entry is closed)');
  });
});

describe('Function: mergeDuplicate', () => {
  it('folds a duplicate into a listed entry: same party merged, new party appended, enterprises and evidence joined', () => {
    // Prepare: another bank reports the same broker (same ID number) with a new phone and a new firm.
    const duplicate = report(
      'bl-00000000000000000002',
      reportInput({
        evidenceRefs: ['bank-nh://case/55'],
        enterprises: [uscc('MA000102')],
        parties: [
          { kind: 'individual', name: '欧阳娜娜', idNumber: raw.idNumber, phones: ['13700001111'] },
          { kind: 'organisation', name: '临山市宏远企业管理咨询有限公司' },
        ],
      }),
    );

    // Act
    const { target, duplicate: merged } = mergeDuplicate(confirmed(), duplicate, later);

    // Assess
    expect(target.entry.state).toBe('confirmed');
    expect(target.entry.parties.map((p) => p.partyId)).toEqual(['p1', 'p2', 'p3']);
    const person = target.entry.parties[1];
    expect(person?.kind === 'individual' && person.phones.map((p) => p.masked)).toEqual([
      '139****5678',
      '137****1111',
    ]);
    expect(target.entry.enterprises).toEqual([uscc('MA000101'), uscc('MA000102')]);
    expect(target.entry.evidenceRefs).toContain('bank-nh://case/55');
    expect(target.entry.mergedReports.map((r) => r.reportId)).toEqual(['bl-00000000000000000002']);
    expect(merged.entry).toMatchObject({ state: 'merged', mergedInto: 'bl-00000000000000000001' });
  });

  it('refuses to merge an entry into itself, or a listed entry away', () => {
    expect(() => mergeDuplicate(report(), report(), now)).toThrow(ValidationError);
    expect(() => mergeDuplicate(report('bl-00000000000000000003'), confirmed(), now)).toThrow(ConflictError);
  });
});
