import type { LedgerHeader } from '../adapters/dynamodb-ledger-store.ts';
import type { LedgerLine } from '../adapters/dynamodb-subsidy-book.ts';
import type { GuaranteeRecord } from '../domain/book.ts';
import { ledgerFigures } from '../domain/ledger.ts';

/** Versioning helpers shared by every service's HTTP handlers. */
export { checkIfMatch, versionHeaders } from '@sme/runtime';

/** A guarantee as the API shows it, with its entitlement lines when they were read. */
export function guaranteeView(g: GuaranteeRecord, entitlements?: LedgerLine[]) {
  return { ...g, ...(entitlements ? { entitlements } : {}) };
}

/**
 * A year of the ledger: live figures per program, finance's steps, and (after a proposal) how much
 * was booked since the figures were frozen — late reports, settled with a later year.
 */
export function ledgerView(header: LedgerHeader, page?: { items: LedgerLine[]; nextCursor?: string }) {
  const figures = ledgerFigures(header.preAllocated, header.actual);
  const frozen = header.proposal?.figures?.totals.actualFen;
  return {
    year: header.year,
    state: header.state,
    version: header.version,
    programs: figures.programs,
    totals: figures.totals,
    ...(header.preAllocation ? { preAllocation: header.preAllocation } : {}),
    ...(header.proposal ? { proposal: header.proposal } : {}),
    ...(header.approval ? { approval: header.approval } : {}),
    ...(frozen === undefined ? {} : { driftSinceProposalFen: figures.totals.actualFen - frozen }),
    ...(page ? { lines: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } : {}),
  };
}
