/**
 * An enterprise's consent for one bank to read its credit profile (授权), as credit-information
 * platforms run it: the bank files the signed authorisation (document hash, signer, scope, purposes,
 * validity); it takes effect only once the enterprise has confirmed it through the coordination office
 * or its township; the enterprise may refuse or revoke it the same way, the bank may withdraw it. No
 * date before the filing day: a consent never covers reads made before it existed.
 */
import type { FieldIssue } from '@sme/kernel';

/** The purposes a bank may be authorised for; every profile read names one and must be covered. */
export const consentPurposes = ['credit-assessment', 'loan-review', 'post-loan-monitoring'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const signerCapacities = ['legal-representative', 'authorised-agent'] as const;
/** How the office or township heard the enterprise confirm: face to face, a call-back to its registered number, or the original document. */
export const confirmationMethods = ['in-person', 'phone-callback', 'document-inspected'] as const;
export type ConfirmationMethod = (typeof confirmationMethods)[number];

/**
 * pending → confirmed (the enterprise confirmed) → revoked (the enterprise withdrew consent);
 * pending → declined (the enterprise did not confirm); pending | confirmed → withdrawn (the bank).
 */
export type ConsentState = 'pending' | 'confirmed' | 'declined' | 'revoked' | 'withdrawn';

export interface Actor {
  clientId: string;
  orgId: string;
  role: string;
}

export interface Authorisation {
  authorisationId: string;
  uscc: string;
  bankId: string;
  /** The enterprise's township when filed: whose township staff may confirm it. */
  township?: string;
  scope: string[];
  purposes: ConsentPurpose[];
  description?: string;
  validFrom: string;
  validTo: string;
  document: {
    sha256: string;
    signedOn: string;
    signer: { name: string; capacity: (typeof signerCapacities)[number] };
    reference?: string;
  };
  state: ConsentState;
  recordedBy: { clientId: string; orgId: string };
  recordedAt: string;
  confirmation?: { by: Actor; at: string; method: ConfirmationMethod; note?: string };
  ended?: { by: Actor; at: string; reason: string };
}

export interface ConsentRules {
  maxAuthorisationDays: number;
  /** A signed document older than this many days on filing is refused (sign again). */
  documentMaxAgeDays: number;
}

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs;

/** Pure: why a new authorisation filed on `today` (a Shanghai date) breaks a rule; [] when it does not. */
export function filingIssues(
  input: Pick<Authorisation, 'validFrom' | 'validTo' | 'document'>,
  today: string,
  rules: ConsentRules,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.validFrom < today)
    issues.push({
      path: 'body.validFrom',
      message: `must not be before the filing day ${today}: a consent does not reach back`,
    });
  if (input.validTo < input.validFrom)
    issues.push({ path: 'body.validTo', message: 'must not be before validFrom' });
  else if (daysBetween(input.validFrom, input.validTo) + 1 > rules.maxAuthorisationDays)
    issues.push({
      path: 'body.validTo',
      message: `an authorisation lasts at most ${rules.maxAuthorisationDays} days`,
    });
  const { signedOn } = input.document;
  if (signedOn > today)
    issues.push({ path: 'body.document.signedOn', message: `must not be after today (${today})` });
  else if (daysBetween(signedOn, today) > rules.documentMaxAgeDays)
    issues.push({
      path: 'body.document.signedOn',
      message: `the document is older than ${rules.documentMaxAgeDays} days: have the enterprise sign a new one`,
    });
  if (signedOn > input.validFrom)
    issues.push({ path: 'body.validFrom', message: 'must not be before the document was signed' });
  return issues;
}

export type Transition = { ok: true; next: Authorisation } | { ok: false; issues: FieldIssue[] };

/** Pure: the enterprise confirmed, heard by `by` (the office or its township). Only a pending one can be. */
export function confirm(
  auth: Authorisation,
  by: Actor,
  at: string,
  input: { method: ConfirmationMethod; documentSha256?: string; note?: string },
): Transition {
  if (auth.state !== 'pending')
    return {
      ok: false,
      issues: [{ path: 'state', message: `the authorisation is ${auth.state}, not pending` }],
    };
  if (input.method === 'document-inspected') {
    if (input.documentSha256 === undefined)
      return {
        ok: false,
        issues: [
          { path: 'body.documentSha256', message: 'required when the original document was inspected' },
        ],
      };
    if (input.documentSha256.toLowerCase() !== auth.document.sha256)
      return {
        ok: false,
        issues: [
          {
            path: 'body.documentSha256',
            message: 'does not match the document the bank filed: the enterprise signed something else',
          },
        ],
      };
  }
  const { documentSha256: _hash, ...rest } = input;
  return { ok: true, next: { ...auth, state: 'confirmed', confirmation: { by, at, ...rest } } };
}

/**
 * Pure: ends an authorisation. A bank withdraws its own; the office or township records the enterprise's
 * refusal (while pending) or revocation (once confirmed). Ending an ended one changes nothing.
 */
export function end(auth: Authorisation, by: Actor, at: string, reason: string): Authorisation {
  if (auth.ended) return auth;
  const state: ConsentState =
    by.role === 'bank' ? 'withdrawn' : auth.state === 'pending' ? 'declined' : 'revoked';
  return { ...auth, state, ended: { by, at, reason } };
}

/** A read grant that exists because list matching pushed the enterprise to the bank. */
export interface PushGrant {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  validUntil: string;
  grantedAt: string;
}

/** Why a bank may (or may not) read a profile today. */
export type Entitlement =
  | { allowed: true; basis: 'authorisation'; id: string }
  | { allowed: true; basis: 'push'; id: string }
  | { allowed: false; reason: string };

/**
 * Pure: the first basis valid on `today` (a Shanghai business date) for a read of `purpose`, else why
 * none is. An authorisation counts only confirmed, in its validity and for a purpose it names; a push
 * grant covers the follow-up of the push, whatever the purpose, until it lapses.
 */
export function entitlementOn(
  today: string,
  purpose: string,
  auths: Authorisation[],
  grants: PushGrant[],
): Entitlement {
  const inForce = auths.filter((a) => a.state === 'confirmed' && a.validFrom <= today && today <= a.validTo);
  const auth = inForce.find((a) => (a.purposes as string[]).includes(purpose));
  if (auth) return { allowed: true, basis: 'authorisation', id: auth.authorisationId };
  const grant = grants.find((g) => today <= g.validUntil);
  if (grant) return { allowed: true, basis: 'push', id: grant.pushId };
  if (inForce.length > 0)
    return { allowed: false, reason: `the enterprise's authorisation does not cover the purpose ${purpose}` };
  if (auths.some((a) => a.state === 'pending'))
    return { allowed: false, reason: 'the enterprise has not confirmed the authorisation yet' };
  if (auths.some((a) => a.state === 'revoked'))
    return { allowed: false, reason: 'the authorisation was revoked' };
  if (auths.some((a) => a.state === 'confirmed' && a.validTo < today) || grants.length > 0)
    return { allowed: false, reason: 'the authorisation or push grant has expired' };
  if (auths.some((a) => a.state === 'confirmed' && a.validFrom > today))
    return { allowed: false, reason: 'the authorisation is not valid yet' };
  return {
    allowed: false,
    reason: 'no confirmed authorisation from the enterprise and no push to this bank',
  };
}

/**
 * Rows written before consent needed confirming (free-text purpose, an evidence reference, no state)
 * read as pending: they grant nothing until the enterprise confirms them.
 */
export function fromStoredAuthorisation(item: Record<string, unknown>): Authorisation {
  const { sk: _sk, kind: _kind, stateSk: _stateSk, ...rest } = item;
  const a = rest as unknown as Authorisation & { purpose?: string; evidenceRef?: string };
  if (a.state !== undefined) return a;
  const { purpose, evidenceRef, ...legacy } = a;
  return {
    ...legacy,
    state: 'pending',
    purposes: [...consentPurposes],
    ...(purpose ? { description: purpose } : {}),
    document: {
      sha256: '',
      signedOn: a.recordedAt.slice(0, 10),
      signer: { name: '', capacity: 'legal-representative' },
      ...(evidenceRef ? { reference: evidenceRef } : {}),
    },
  };
}

export interface AgencyRef {
  id: string;
  townships: string[];
}

/**
 * Pure: whether `principal` may see an authorisation, and — for the office and the township agency —
 * speak for the enterprise on it. A bank sees only its own and never speaks for the enterprise.
 */
export function relationTo(
  principal: { role: string; orgId: string },
  auth: Pick<Authorisation, 'bankId' | 'township'>,
  agencies: readonly AgencyRef[],
): 'for-enterprise' | 'bank' | 'none' {
  if (principal.role === 'coordinator') return 'for-enterprise';
  if (principal.role === 'bank') return auth.bankId === principal.orgId ? 'bank' : 'none';
  if (principal.role === 'agency') {
    const agency = agencies.find((a) => a.id === principal.orgId);
    return agency && auth.township !== undefined && agency.townships.includes(auth.township)
      ? 'for-enterprise'
      : 'none';
  }
  return 'none';
}
