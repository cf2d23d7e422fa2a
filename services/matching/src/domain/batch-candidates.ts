import { compareIds } from './bank-fit.ts';
import type { Declaration } from './declaration.ts';
import { screeningShortfall } from './declaration-lifecycle.ts';
import { type EntityType, entityTypes, type PushBatchInput } from './push-input.ts';

type EnterpriseInput = PushBatchInput['enterprises'][number];

export interface SkippedDeclaration {
  declarationId: string;
  uscc: string;
  reason: string;
}

export interface BatchCandidates {
  /** Input for `assignPushBatch`, one per enterprise. */
  enterprises: EnterpriseInput[];
  /** The declaration each enterprise of the batch stands for. */
  declarationOf: Map<string, Declaration>;
  /** Declarations asked for that cannot be in the batch, and why. */
  skipped: SkippedDeclaration[];
}

const knownEntityTypes: ReadonlySet<string> = new Set(entityTypes);

/**
 * Chooses what a push batch is decided on. RECOMMENDED declarations whose screening still passes
 * are candidates; a REMOVED one asked for by id is passed on as removed, so rule 8 says why it is
 * not pushed; any other state is skipped. An enterprise is pushed for one demand per batch: its
 * earliest declaration goes in, the others wait for a later batch.
 */
export function selectBatchCandidates(declarations: readonly Declaration[]): BatchCandidates {
  const skipped: SkippedDeclaration[] = [];
  const declarationOf = new Map<string, Declaration>();
  const ordered = [...declarations].sort(
    (a, b) => compareIds(a.createdAt, b.createdAt) || compareIds(a.id, b.id),
  );
  for (const d of ordered) {
    const skip = (reason: string) => skipped.push({ declarationId: d.id, uscc: d.uscc, reason });
    if (d.state !== 'RECOMMENDED' && d.state !== 'REMOVED') {
      skip(`state ${d.state}: only RECOMMENDED declarations are pushed`);
      continue;
    }
    const shortfall = d.state === 'RECOMMENDED' ? screeningShortfall(d) : [];
    if (shortfall.length > 0) {
      skip(`screening no longer passes: ${shortfall.join('; ')}`);
      continue;
    }
    const earlier = declarationOf.get(d.uscc);
    if (earlier) {
      skip(`the enterprise is in this batch with declaration ${earlier.id}; one demand per batch`);
      continue;
    }
    declarationOf.set(d.uscc, d);
  }
  const enterprises = [...declarationOf.values()].map(toPushEnterprise);
  return { enterprises, declarationOf, skipped };
}

/** The facts the push rules need, from the declaration and its snapshot of the registry. */
export function toPushEnterprise(d: Declaration): EnterpriseInput {
  const registry = d.facts.registry;
  const entityType =
    registry && knownEntityTypes.has(registry.entityType) ? registry.entityType : 'enterprise';
  return {
    uscc: d.uscc,
    entityType: entityType as EntityType,
    // A removed declaration may never have been screened; rule 8 excludes it before these matter.
    industryCode: registry?.industryCode ?? 'S',
    township: registry?.township ?? '000000000',
    keyIndustryChain: registry?.keyIndustryChain ?? false,
    totalCreditFen: d.currentCreditFen ?? 0,
    existingBankIds: registry?.lendingBankIds ?? [],
    wishes: { bankIds: d.demand.preferredBankIds, productNames: d.demand.preferredProductNames },
    demand: {
      amountFen: d.demand.amountFen,
      termMonths: d.demand.termMonths,
      guaranteeType: d.demand.guaranteeType,
      creditLoanWanted: d.demand.creditLoanWanted,
    },
    declinedBy: d.declinedBy,
    blacklistHit: d.facts.intermediaryEntryIds.length > 0,
    removed: d.state === 'REMOVED',
  };
}
