import type { PushCard } from '@sme/events';
import type { Declaration } from './declaration.ts';
import type { PushedBank } from './push-batch-plan.ts';
import type { ReasonCode } from './push-reasons.ts';

/** Township and organisation names by code or id; an unknown one reads as its code. */
export interface CityNames {
  township(code: string): string;
  org(id: string): string;
}

/** The card without its per-bank part: the same for every bank pushed the enterprise in a batch. */
export type PushCardBase = Omit<PushCard, 'match'>;

/** Reasons that tell a bank why it was chosen; refusals and load balancing are the office's business. */
const choosingCodes: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'existing-lender',
  'wished-bank',
  'wished-product',
  'product-fit',
  'declined-but-repaired',
  'partner-bank-caution',
  'coordinator-added',
]);

/**
 * The enterprise part of the push card, from the declaration and the registry facts it was screened
 * on (seed 001 §三(一)(二)): who to contact, what is asked, who visited, how screening went. Screening
 * criteria carry their basis (data or a named department's attestation), never the records behind them.
 */
export function pushCardBase(declaration: Declaration, names: CityNames): PushCardBase {
  const registry = declaration.facts.registry;
  const township = registry?.township ?? '';
  const confirmedBy = new Map(
    declaration.reviews
      .filter((r) => r.outcome === 'confirmed')
      .map((r) => [r.criterion as string, r.agencyId]),
  );
  const { demand } = declaration;
  return {
    declarationId: declaration.id,
    enterprise: {
      uscc: declaration.uscc,
      name: registry?.name ?? '',
      entityType: registry?.entityType ?? '',
      township: { code: township, name: names.township(township) },
      industryCode: registry?.industryCode ?? '',
      ...(registry?.sizeClass ? { sizeClass: registry.sizeClass } : {}),
      keyIndustryChain: {
        marked: registry?.keyIndustryChain ?? false,
        ...(registry?.keyIndustryChainName ? { chain: registry.keyIndustryChainName } : {}),
      },
    },
    ...(declaration.contact ? { contact: { ...declaration.contact } } : {}),
    demand: {
      amountFen: demand.amountFen,
      termMonths: demand.termMonths,
      purpose: demand.purpose,
      purposeDetail: demand.purposeDetail,
      guaranteeType: demand.guaranteeType,
      creditLoanWanted: demand.creditLoanWanted,
      ...(demand.collateral ? { collateral: demand.collateral } : {}),
      preferredBankIds: [...demand.preferredBankIds],
      preferredProductNames: [...demand.preferredProductNames],
      ...(declaration.wishes ? { wishes: declaration.wishes } : {}),
      creditApplication: declaration.creditApplication ?? true,
    },
    referral: {
      kind: declaration.source.kind,
      orgId: declaration.source.orgId,
      orgName: names.org(declaration.source.orgId),
      ...(declaration.visit ? { visit: { ...declaration.visit } } : {}),
    },
    screening: (declaration.screening?.criteria ?? [])
      .filter((c) => c.outcome === 'pass')
      .map((c) => {
        const attester = confirmedBy.get(c.criterion);
        return {
          criterion: c.criterion,
          label: c.label,
          outcome: 'pass' as const,
          basis: attester === undefined ? ('data' as const) : ('attested' as const),
          ...(attester === undefined ? {} : { attestedBy: names.org(attester) }),
        };
      }),
  };
}

/** The card one pushed bank reads: the enterprise part plus why this bank, and its rank. */
export function pushCardFor(base: PushCardBase, bank: PushedBank, banksInBatch: number): PushCard {
  return {
    ...base,
    match: {
      rank: bank.rank,
      banksInBatch,
      existingLender: bank.existingLender,
      products: [...bank.products],
      reasons: bank.reasons
        .filter((r) => !r.refuses && choosingCodes.has(r.code))
        .map((r) => ({ code: r.code, detail: r.detail })),
    },
  };
}
