import { agencyKinds, type CityConfig, type FieldIssue, ForbiddenError, type Principal } from '@sme/kernel';

/** The fields of an enterprise an agency sends (the body of PUT /v1/enterprises/{uscc}); bookkeeping fields excluded. */
export const enterpriseFields = [
  'name',
  'entityType',
  'township',
  'industryCode',
  'employees',
  'annualRevenueYuan',
  'totalAssetsYuan',
  'status',
  'address',
  'hasFixedPremises',
  'establishedOn',
  'tags',
  'lendingBanks',
] as const;
export type EnterpriseField = (typeof enterpriseFields)[number];

export const writerKinds = ['coordinator', ...agencyKinds] as const;
export type WriterKind = (typeof writerKinds)[number];

/** What one kind of writer may do in the registry. */
export interface Writer {
  /** May create an enterprise that is not registered yet. */
  register: boolean;
  fields: '*' | readonly EnterpriseField[];
  /** `own`: only enterprises of the townships the agency speaks for (before and after the change). */
  townships: 'all' | 'own';
}

/** Who is writing: the kind of organisation and, for a township, the townships it speaks for. */
export interface WritingOrg {
  id: string;
  kind: WriterKind;
  townships: readonly string[];
}

/** The writing organisation of a principal: the office, or an agency of the city with its kind and townships. */
export function writerOf(principal: Pick<Principal, 'role' | 'orgId'>, city: CityConfig): WritingOrg {
  if (principal.role === 'coordinator') return { id: principal.orgId, kind: 'coordinator', townships: [] };
  const agency = city.agencies.find((a) => a.id === principal.orgId);
  if (!agency)
    throw new ForbiddenError(
      `${principal.orgId} is not an agency of ${city.id} and does not write the registry`,
    );
  return { id: agency.id, kind: agency.kind, townships: agency.townships };
}

/**
 * Refuses a write outside the writer's domain (seed-independent: the city's division of duties),
 * naming each field it may not set: registering when it may not, changing a field it does not own,
 * or touching an enterprise of a township it does not speak for.
 */
export function checkWriter(args: {
  writer: WritingOrg;
  rule: Writer;
  existing: { township: string } | undefined;
  township: string;
  changedFields: readonly string[];
  pathPrefix: string;
}): void {
  const { writer, rule, existing, pathPrefix } = args;
  const at = (field: string) => [pathPrefix, field].filter(Boolean).join('.');
  const issues: FieldIssue[] = [];
  if (!existing && !rule.register) {
    issues.push({
      path: pathPrefix || '(root)',
      message: `a ${writer.kind} agency does not register enterprises`,
    });
  }
  if (rule.townships === 'own') {
    for (const township of new Set([existing?.township, args.township])) {
      if (township !== undefined && !writer.townships.includes(township)) {
        issues.push({
          path: at('township'),
          message: `${writer.id} does not speak for township ${township}`,
        });
      }
    }
  }
  if (existing && rule.fields !== '*') {
    const owned = new Set<string>(rule.fields);
    for (const field of args.changedFields) {
      if (!owned.has(field))
        issues.push({ path: at(field), message: `a ${writer.kind} agency does not set ${field}` });
    }
  }
  if (issues.length > 0) {
    throw new ForbiddenError(`${writer.id} may not make this change to the registry`, issues);
  }
}
