import { describe, expect, it } from 'vitest';
import { agencies, record, usccA } from './credit-records.fixture.ts';
import { demoScoringModel } from './demo-scoring-model.ts';
import { evaluateCreditProfile } from './evaluate.ts';
import { profileChange, publishedPartOf } from './profile-change.ts';
import type { CreditRecord } from './record.ts';
import { defaultRetentionPolicy } from './retention.ts';

const evaluate = (records: CreditRecord[]) =>
  evaluateCreditProfile({
    uscc: usccA,
    records,
    model: demoScoringModel(),
    asOf: '2026-06-30',
    retention: defaultRetentionPolicy,
  });
const rating = (grade: 'A' | 'B' | 'M' | 'C' | 'D') =>
  record(agencies.tax.id, {
    sourceRecordId: 'TCR-2025',
    category: 'tax-credit-rating',
    occurredOn: '2026-04-20',
    facts: { year: 2025, grade },
  });
const payment = (amountFen: number) =>
  record(agencies.tax.id, {
    sourceRecordId: 'PAY-2025',
    category: 'tax-payment',
    occurredOn: '2026-01-31',
    facts: { year: 2025, amountFen },
  });
const debtor = (id: string, listedOn: string) =>
  record(agencies.court.id, {
    sourceRecordId: id,
    category: 'dishonest-judgment-debtor',
    occurredOn: listedOn,
    facts: { caseNo: `(2026)临执${id}号`, court: '临山市中级人民法院', listedOn },
  });

describe('Function: profileChange', () => {
  it('publishes the first evaluation whatever it says', () => {
    expect(profileChange(undefined, evaluate([]))).toEqual(['first']);
  });

  it('publishes nothing when only the score moved: tax grade A (720) → B (660) is grade A both times', () => {
    // Prepare
    const before = evaluate([rating('A')]);
    const after = evaluate([rating('B')]);
    expect([before.score, before.grade, after.score, after.grade]).toEqual([720, 'A', 660, 'A']);

    // Act, Assess
    expect(profileChange(publishedPartOf(before), after)).toEqual([]);
  });

  it('publishes a new grade: tax grade M (620, B) → C (540, C)', () => {
    expect(profileChange(publishedPartOf(evaluate([rating('M')])), evaluate([rating('C')]))).toEqual([
      'grade',
    ]);
  });

  it('publishes a hard stop with its flag and the hard-stop grade', () => {
    // Prepare
    const before = evaluate([rating('A')]);
    const after = evaluate([rating('A'), debtor('J-1', '2026-03-01')]);

    // Act, Assess
    expect(profileChange(publishedPartOf(before), after)).toEqual(['grade', 'hard-stop', 'flags']);
  });

  it('publishes a flag that names another record even when grade and hard stop stay', () => {
    // Prepare: already a debtor; a second listing adds a record id to the flag.
    const before = evaluate([debtor('J-1', '2026-03-01')]);
    const after = evaluate([debtor('J-1', '2026-03-01'), debtor('J-2', '2026-05-01')]);
    expect([before.grade, before.hardStop]).toEqual([after.grade, after.hardStop]);

    // Act, Assess
    expect(profileChange(publishedPartOf(before), after)).toEqual(['flags']);
  });

  it('publishes a first record that leaves the grade as it was: "no record found" is no longer true', () => {
    // Prepare: 600, grade B from no record; a small tax payment keeps 600, grade B.
    const before = evaluate([]);
    const after = evaluate([payment(1_000_000)]);
    expect([before.score, before.grade, after.score, after.grade]).toEqual([600, 'B', 600, 'B']);

    // Act, Assess
    expect(profileChange(publishedPartOf(before), after)).toEqual(['records-found']);
    expect(profileChange(publishedPartOf(after), before)).toEqual(['no-record-left']);
  });

  it('publishes nothing for a second record that changes only the score', () => {
    // Prepare: B (660, A) plus a payment (710, A).
    const before = evaluate([rating('B')]);
    const after = evaluate([rating('B'), payment(150_000_000)]);
    expect([before.grade, after.grade, after.score]).toEqual(['A', 'A', 710]);

    // Act, Assess
    expect(profileChange(publishedPartOf(before), after)).toEqual([]);
  });
});
