import { describe, expect, it } from 'vitest';
import {
  type Authorisation,
  confirm,
  end,
  entitlementOn,
  filingIssues,
  fromStoredAuthorisation,
  relationTo,
} from './consent.ts';

const rules = { maxAuthorisationDays: 366, documentMaxAgeDays: 30 };
const sha = 'ab'.repeat(32);
const office = { clientId: 'c-office', orgId: 'ls-office', role: 'coordinator' };
const bank = { clientId: 'c-bank', orgId: 'bank-city', role: 'bank' };

const filed = (over: Partial<Authorisation> = {}): Authorisation => ({
  authorisationId: 'au.91999101MA0000011X.bank-city.0123456789ab',
  uscc: '91999101MA0000011X',
  bankId: 'bank-city',
  township: '999101001',
  scope: ['credit-profile'],
  purposes: ['credit-assessment', 'loan-review'],
  validFrom: '2026-12-04',
  validTo: '2027-03-03',
  document: {
    sha256: sha,
    signedOn: '2026-12-01',
    signer: { name: '王芳', capacity: 'legal-representative' },
  },
  state: 'pending',
  recordedBy: { clientId: 'c-bank', orgId: 'bank-city' },
  recordedAt: '2026-12-04T02:00:00.000Z',
  ...over,
});

describe('Function: filingIssues', () => {
  const today = '2026-12-04';
  const input = (validFrom: string, validTo: string, signedOn: string) => ({
    validFrom,
    validTo,
    document: { ...filed().document, signedOn },
  });

  it('accepts a consent that starts on the filing day, signed within 30 days, lasting 366 days', () => {
    // 2026-12-04 .. 2027-12-04 is 366 days counting both ends; signed 2026-11-04 is exactly 30 days before.
    expect(filingIssues(input('2026-12-04', '2027-12-04', '2026-11-04'), today, rules)).toEqual([]);
  });

  it('refuses back-dating, a 367th day, a document from the future or older than 30 days', () => {
    // Act
    const backDated = filingIssues(input('2026-12-03', '2027-01-01', '2026-12-01'), today, rules);
    const tooLong = filingIssues(input('2026-12-04', '2027-12-05', '2026-12-01'), today, rules);
    const future = filingIssues(input('2026-12-05', '2027-01-01', '2026-12-05'), today, rules);
    const stale = filingIssues(input('2026-12-04', '2027-01-01', '2026-11-03'), today, rules);
    const from2000 = filingIssues(input('2000-01-01', '2000-12-31', '2000-01-01'), today, rules);

    // Assess
    expect(backDated.map((i) => i.path)).toEqual(['body.validFrom']);
    expect(tooLong).toEqual([{ path: 'body.validTo', message: 'an authorisation lasts at most 366 days' }]);
    expect(future.map((i) => i.path)).toEqual(['body.document.signedOn']);
    expect(stale.map((i) => i.path)).toEqual(['body.document.signedOn']);
    expect(from2000.map((i) => i.path)).toEqual(['body.validFrom', 'body.document.signedOn']);
  });
});

describe('Function: entitlementOn', () => {
  it('grants nothing while pending, the purposes named once confirmed, nothing after revocation', () => {
    // Prepare
    const pending = filed();
    const confirmed = { ...pending, state: 'confirmed' as const };
    const revoked = { ...pending, state: 'revoked' as const };

    // Act / Assess
    expect(entitlementOn('2026-12-04', 'loan-review', [pending], [])).toEqual({
      allowed: false,
      reason: 'the enterprise has not confirmed the authorisation yet',
    });
    expect(entitlementOn('2026-12-04', 'loan-review', [confirmed], [])).toEqual({
      allowed: true,
      basis: 'authorisation',
      id: pending.authorisationId,
    });
    expect(entitlementOn('2026-12-04', 'post-loan-monitoring', [confirmed], [])).toEqual({
      allowed: false,
      reason: "the enterprise's authorisation does not cover the purpose post-loan-monitoring",
    });
    expect(entitlementOn('2026-12-04', 'loan-review', [revoked], []).allowed).toBe(false);
  });

  it('counts validity inclusively: valid on validFrom and validTo, not the day after', () => {
    const confirmed = filed({ state: 'confirmed' });
    expect(entitlementOn('2027-03-03', 'credit-assessment', [confirmed], []).allowed).toBe(true);
    expect(entitlementOn('2027-03-04', 'credit-assessment', [confirmed], [])).toEqual({
      allowed: false,
      reason: 'the authorisation or push grant has expired',
    });
    expect(entitlementOn('2026-12-03', 'credit-assessment', [confirmed], [])).toEqual({
      allowed: false,
      reason: 'the authorisation is not valid yet',
    });
  });

  it('lets a live push grant cover any purpose until its last day', () => {
    const grant = {
      pushId: 'p1',
      batchId: 'b1',
      uscc: filed().uscc,
      bankId: 'bank-city',
      validUntil: '2027-03-03',
      grantedAt: '2026-12-04T00:00:00Z',
    };
    expect(entitlementOn('2027-03-03', 'push-follow-up', [], [grant])).toEqual({
      allowed: true,
      basis: 'push',
      id: 'p1',
    });
    expect(entitlementOn('2027-03-04', 'push-follow-up', [], [grant]).allowed).toBe(false);
  });
});

describe('Function: confirm / end', () => {
  it('confirms a pending one; an inspected document must be the one filed', () => {
    // Act
    const byCall = confirm(filed(), office, '2026-12-04T03:00:00Z', { method: 'phone-callback' });
    const wrongDoc = confirm(filed(), office, '2026-12-04T03:00:00Z', {
      method: 'document-inspected',
      documentSha256: 'cd'.repeat(32),
    });
    const noDoc = confirm(filed(), office, '2026-12-04T03:00:00Z', { method: 'document-inspected' });
    const sameDoc = confirm(filed(), office, '2026-12-04T03:00:00Z', {
      method: 'document-inspected',
      documentSha256: sha.toUpperCase(),
    });
    const twice = confirm(filed({ state: 'confirmed' }), office, '2026-12-04T03:00:00Z', {
      method: 'in-person',
    });

    // Assess
    expect(byCall.ok && byCall.next.state).toBe('confirmed');
    expect(byCall.ok && byCall.next.confirmation).toEqual({
      by: office,
      at: '2026-12-04T03:00:00Z',
      method: 'phone-callback',
    });
    expect(!wrongDoc.ok && wrongDoc.issues[0]?.path).toBe('body.documentSha256');
    expect(!noDoc.ok && noDoc.issues[0]?.message).toBe('required when the original document was inspected');
    expect(sameDoc.ok).toBe(true);
    expect(!twice.ok && twice.issues[0]?.message).toBe('the authorisation is confirmed, not pending');
  });

  it('names who ended it: the enterprise declines a pending one, revokes a confirmed one; the bank withdraws', () => {
    expect(end(filed(), office, 't', 'not ours').state).toBe('declined');
    expect(end(filed({ state: 'confirmed' }), office, 't', 'withdrawn by letter').state).toBe('revoked');
    expect(end(filed({ state: 'confirmed' }), bank, 't', 'loan closed').state).toBe('withdrawn');
    const ended = end(filed(), office, 't1', 'first');
    expect(end(ended, bank, 't2', 'second')).toBe(ended);
  });
});

describe('Function: relationTo', () => {
  const agencies = [
    { id: 'ls-xizhou', townships: ['999101001'] },
    { id: 'ls-dongcheng', townships: ['999101002'] },
  ];
  it('lets the office and the enterprise’s own township speak for it, the bank see its own only', () => {
    const auth = filed();
    expect(relationTo({ role: 'coordinator', orgId: 'ls-office' }, auth, agencies)).toBe('for-enterprise');
    expect(relationTo({ role: 'agency', orgId: 'ls-xizhou' }, auth, agencies)).toBe('for-enterprise');
    expect(relationTo({ role: 'agency', orgId: 'ls-dongcheng' }, auth, agencies)).toBe('none');
    expect(relationTo({ role: 'bank', orgId: 'bank-city' }, auth, agencies)).toBe('bank');
    expect(relationTo({ role: 'bank', orgId: 'bank-gs' }, auth, agencies)).toBe('none');
    expect(relationTo({ role: 'guarantor', orgId: 'ls-guarantee' }, auth, agencies)).toBe('none');
  });
});

describe('Function: fromStoredAuthorisation', () => {
  it('reads a row filed before confirmation existed as pending: it grants nothing until confirmed', () => {
    // Prepare: the shape stored before, a bank's own unverified claim.
    const legacy = {
      uscc: '91999101MA0000011X',
      sk: 'BANK#bank-city#AUTH#au.x',
      kind: 'authorisation',
      authorisationId: 'au.x',
      bankId: 'bank-city',
      scope: ['credit-profile'],
      purpose: 'working-capital loan',
      validFrom: '2000-01-01',
      validTo: '2099-12-31',
      evidenceRef: 'form-1',
      recordedBy: { clientId: 'c', orgId: 'bank-city' },
      recordedAt: '2026-11-01T00:00:00.000Z',
    };

    // Act
    const read = fromStoredAuthorisation(legacy);

    // Assess
    expect(read.state).toBe('pending');
    expect(read.description).toBe('working-capital loan');
    expect(read.document.reference).toBe('form-1');
    expect(entitlementOn('2026-12-04', 'loan-review', [read], []).allowed).toBe(false);
  });
});
