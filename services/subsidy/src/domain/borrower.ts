import type { BorrowerType, borrowerTags } from './inputs.ts';

export type BorrowerTag = (typeof borrowerTags)[number];

/** What the subsidy rules need to know of a borrower, from the registry's enterprise summary. */
export interface Borrower {
  uscc: string;
  /** Registry version the facts come from; a projection keeps only the newest. */
  enterpriseVersion: number;
  /** Undefined while the registry has not classified the enterprise's size: size-bound programs then wait. */
  borrowerType: BorrowerType | undefined;
  industryCode: string;
  tags: BorrowerTag[];
}

/** The part of the registry's `EnterpriseRegistered`/`EnterpriseChanged` summary the rules read. */
export interface EnterpriseSummary {
  entityType: string;
  sizeClass?: string | undefined;
  industryCode: string;
}

const sizeTypes: Record<string, BorrowerType> = {
  large: 'large-enterprise',
  medium: 'medium-enterprise',
  small: 'small-enterprise',
  micro: 'micro-enterprise',
};

/** Entity types that are agricultural (三农) whatever their industry code says. */
const agriculturalEntities = new Set(['farmers-cooperative', 'family-farm']);

/**
 * Borrower type and tags from the registry summary:
 * - an individual business (个体工商户) is `individual-business` whatever its size;
 * - any other entity takes its size class (GB/T size classification) as `<class>-enterprise`;
 *   unclassified stays undefined, so no size-bound subsidy is paid on a guess;
 * - `agricultural` for farmers' cooperatives, family farms and section A (农林牧渔) industries;
 * - `strategic-emerging` is never derived: the registry has no such tag yet, so only the borrower
 *   types count for the fee subsidy until it does.
 */
export function borrowerFromSummary(
  uscc: string,
  enterpriseVersion: number,
  summary: EnterpriseSummary,
): Borrower {
  const borrowerType =
    summary.entityType === 'individual-business'
      ? 'individual-business'
      : summary.sizeClass === undefined
        ? undefined
        : sizeTypes[summary.sizeClass];
  const agricultural = agriculturalEntities.has(summary.entityType) || summary.industryCode.startsWith('A');
  return {
    uscc,
    enterpriseVersion,
    borrowerType,
    industryCode: summary.industryCode,
    tags: agricultural ? ['agricultural'] : [],
  };
}
