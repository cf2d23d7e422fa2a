import type { BlacklistEntry } from './entry.ts';
import { listed } from './entry.ts';
import { maskedParty, reviewerParty } from './parties.ts';

/**
 * What each audience sees of an entry. No view carries an identifier hash or a raw identifier; only
 * the coordination office sees who reported, the evidence and a person's full name.
 */

const actorView = (a: { clientId: string; orgId: string; role: string }) => ({
  orgId: a.orgId,
  clientId: a.clientId,
  role: a.role,
});

/** The coordination office: everything, identifiers masked. */
export function reviewerView(entry: BlacklistEntry) {
  return {
    entryId: entry.entryId,
    version: entry.version,
    state: entry.state,
    listed: listed(entry),
    category: entry.category,
    description: entry.description,
    evidenceRefs: entry.evidenceRefs,
    enterprises: entry.enterprises,
    parties: entry.parties.map(reviewerParty),
    reporter: actorView(entry.reporter),
    reportedAt: entry.reportedAt,
    mergedReports: entry.mergedReports.map((r) => ({ ...r, reporter: actorView(r.reporter) })),
    ...(entry.mergedInto ? { mergedInto: entry.mergedInto } : {}),
    ...(entry.decision ? { decision: { ...entry.decision, by: actorView(entry.decision.by) } } : {}),
    appeals: entry.appeals,
    ...(entry.revocation ? { revocation: entry.revocation } : {}),
    ...(entry.listedAt ? { listedAt: entry.listedAt } : {}),
    updatedAt: entry.updatedAt,
  };
}

/** The reporter, right after filing: what was recorded, with identifiers masked. */
export function reporterView(entry: BlacklistEntry) {
  return {
    entryId: entry.entryId,
    version: entry.version,
    state: entry.state,
    category: entry.category,
    evidenceRefs: entry.evidenceRefs,
    enterprises: entry.enterprises,
    parties: entry.parties.map(maskedParty),
    reportedAt: entry.reportedAt,
  };
}

/**
 * A bank: a listed entry with its parties masked, the criteria met (with the standard's wording) and
 * the office's reasons; never the reporter, the description or the evidence, which could name the
 * reporter. A revoked entry shows only that it was revoked; other states are not the banks' concern.
 */
export function bankView(entry: BlacklistEntry, standard: readonly { code: string; text: string }[]) {
  if (entry.state === 'revoked') {
    return {
      entryId: entry.entryId,
      version: entry.version,
      status: 'revoked' as const,
      revokedAt: entry.revocation?.at ?? entry.updatedAt,
    };
  }
  const text = new Map(standard.map((c) => [c.code, c.text]));
  return {
    entryId: entry.entryId,
    version: entry.version,
    status: entry.state === 'appealed' ? ('appealed' as const) : ('confirmed' as const),
    category: entry.category,
    parties: entry.parties.map(maskedParty),
    enterprises: entry.enterprises,
    criteriaMet: (entry.decision?.criteria ?? [])
      .filter((c) => c.met)
      .map((c) => ({ code: c.code, text: text.get(c.code) ?? c.code })),
    reasons: entry.decision?.reasons ?? '',
    listedAt: entry.listedAt ?? entry.updatedAt,
    updatedAt: entry.updatedAt,
  };
}

/** Whether a bank may see the entry at all: listed now, or listed once and since revoked. */
export const visibleToBanks = (entry: BlacklistEntry): boolean =>
  listed(entry) || (entry.state === 'revoked' && entry.listedAt !== undefined);
