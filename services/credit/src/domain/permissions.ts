/**
 * Which agency may supply which category: by default from the agency's kind (`categoryMeta`), or,
 * when the city names the agency in its overrides, exactly the categories listed there.
 */
import * as z from 'zod';
import { type AgencyKind, type Category, categoryMeta } from './categories.ts';
import { categories } from './category-facts.ts';

function buildSupplyOverridesSchema() {
  return z
    .record(
      z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'organisation ids are lower-case slugs'),
      z.array(z.enum(categories as [Category, ...Category[]])),
    )
    .default({});
}

let overridesSchema: ReturnType<typeof buildSupplyOverridesSchema> | undefined;
/** Per agency id, the complete list of categories it may supply (replacing its kind's defaults); built on first use. */
export function supplyOverridesSchema() {
  overridesSchema ??= buildSupplyOverridesSchema();
  return overridesSchema;
}
export type SupplyOverrides = z.output<ReturnType<typeof buildSupplyOverridesSchema>>;

export interface SupplyingAgency {
  id: string;
  kind: AgencyKind;
}

export interface SupplyDecision {
  allowed: boolean;
  reason: string;
}

/**
 * Whether `agency` may submit (or correct, or revoke) records of `category`, and why.
 *
 * @example
 * canSupply({ id: 'amr', kind: 'market-supervision' }, 'tax-credit-rating').allowed; // false
 */
export function canSupply(
  agency: SupplyingAgency,
  category: Category,
  overrides: SupplyOverrides = {},
): SupplyDecision {
  const listed = Object.hasOwn(overrides, agency.id) ? overrides[agency.id] : undefined;
  if (listed !== undefined) {
    return listed.includes(category)
      ? { allowed: true, reason: `the city configures agency ${agency.id} to supply ${category}` }
      : {
          allowed: false,
          reason: `the city configures agency ${agency.id} to supply only: ${listed.join(', ') || 'nothing'}`,
        };
  }
  const suppliers: readonly AgencyKind[] = categoryMeta[category].suppliers;
  return suppliers.includes(agency.kind)
    ? { allowed: true, reason: `${agency.kind} agencies supply ${category}` }
    : {
        allowed: false,
        reason: `${agency.kind} agencies do not supply ${category} (suppliers: ${suppliers.join(', ') || 'agencies named by the city'})`,
      };
}

/** The categories `agency` may supply, in category order. */
export function suppliableCategories(agency: SupplyingAgency, overrides: SupplyOverrides = {}): Category[] {
  return categories.filter((category) => canSupply(agency, category, overrides).allowed);
}
