import {
  type CityConfig,
  compareCodeUnits,
  type FieldIssue,
  type Principal,
  ValidationError,
} from '@sme/kernel';
import type { Enterprise, EnterpriseInput } from '../contracts.ts';
import { classifySize } from './size-class.ts';
import { checkWriter, enterpriseFields, type Writer, type WriterKind, writerOf } from './writers.ts';

/** Where a write came from: a single request, or a row of an import job. */
export type WriteOrigin = { requestId: string } | { jobId: string; row: number };

export interface StoredEnterprise extends Enterprise {
  origin: WriteOrigin;
}

/** Fields whose change is a change of the enterprise (bookkeeping fields excluded). */
const contentFields = enterpriseFields satisfies readonly (keyof EnterpriseInput)[];

/** Checks what only the city knows: the township exists, the lending banks are the city's banks. */
export function cityRuleIssues(input: EnterpriseInput, city: CityConfig, pathPrefix = 'body'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!districtOf(input.township, city)) {
    issues.push({
      path: `${pathPrefix}.township`,
      message: `unknown township ${input.township} in ${city.name}`,
    });
  }
  const banks = new Set(city.banks.map((b) => b.id));
  input.lendingBanks.forEach((bank, i) => {
    if (!banks.has(bank))
      issues.push({ path: `${pathPrefix}.lendingBanks.${i}`, message: `unknown bank ${bank}` });
  });
  const seen = new Set<string>();
  input.lendingBanks.forEach((bank, i) => {
    if (seen.has(bank))
      issues.push({ path: `${pathPrefix}.lendingBanks.${i}`, message: `bank ${bank} listed twice` });
    seen.add(bank);
  });
  return issues;
}

export function districtOf(township: string, city: CityConfig): string | undefined {
  return city.districts.find((d) => d.townships.some((t) => t.code === township))?.code;
}

/** Canonical form of the content, so that "unchanged" is decided by value and not by key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => compareCodeUnits(a, b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Field-level differences between two versions (for the audit trail and events). */
export function diffEnterprise(
  before: EnterpriseInput | undefined,
  after: EnterpriseInput,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of contentFields) {
    const from = before ? canonical(before[field]) : undefined;
    const to = canonical(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export interface UpsertDecision {
  kind: 'registered' | 'updated' | 'unchanged';
  enterprise: StoredEnterprise;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/**
 * Decides what an upsert does: validates against the city, derives district and size class, and
 * bumps the version only when the content changed (a replayed PUT is a no-op).
 */
export function decideUpsert(args: {
  uscc: string;
  input: EnterpriseInput;
  existing: StoredEnterprise | undefined;
  city: CityConfig;
  principal: Principal;
  origin: WriteOrigin;
  now: string;
  pathPrefix?: string;
  /** Who may write what (registry config); each write is checked against the principal's row. */
  writers: Readonly<Record<WriterKind, Writer>>;
}): UpsertDecision {
  const { uscc, input, existing, city, principal, origin, now } = args;
  const issues = cityRuleIssues(input, city, args.pathPrefix);
  if (issues.length > 0)
    throw new ValidationError('The enterprise does not fit the city configuration', issues);
  const changes = diffEnterprise(existing, input);
  const writer = writerOf(principal, city);
  checkWriter({
    writer,
    rule: args.writers[writer.kind],
    existing,
    township: input.township,
    changedFields: Object.keys(changes),
    pathPrefix: args.pathPrefix ?? 'body',
  });
  if (existing && Object.keys(changes).length === 0)
    return { kind: 'unchanged', enterprise: existing, changes };
  const size = classifyWithin(input, args.pathPrefix ?? 'body');
  const enterprise: StoredEnterprise = {
    ...input,
    uscc,
    district: districtOf(input.township, city) ?? '',
    size:
      size.status === 'classified'
        ? { status: 'classified', sizeClass: size.sizeClass, row: size.row, reason: size.reason }
        : { status: 'insufficient-data', row: size.row, missing: size.missing },
    lendingBankCount: input.lendingBanks.length,
    version: (existing?.version ?? 0) + 1,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    updatedBy: { clientId: principal.clientId, orgId: principal.orgId },
    origin,
  };
  return { kind: existing ? 'updated' : 'registered', enterprise, changes };
}

function classifyWithin(input: EnterpriseInput, pathPrefix: string) {
  try {
    return classifySize({
      industryCode: input.industryCode,
      employees: input.employees,
      revenueYuan: input.annualRevenueYuan,
      totalAssetsYuan: input.totalAssetsYuan,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.message,
      error.issues.map((i) => ({ ...i, path: `${pathPrefix}.${i.path}` })),
    );
  }
}

/** Index tags: what `?tag=` filters on. Flags by name, plus the chain, park star and lending banks. */
export function tagKeys(e: Pick<EnterpriseInput, 'tags' | 'lendingBanks'>): string[] {
  const keys: string[] = [];
  const t = e.tags;
  if (t.keyIndustryChain) keys.push('key-industry-chain', `key-industry-chain:${t.keyIndustryChain.chain}`);
  if (t.smePark) keys.push('sme-park', `sme-park-star:${t.smePark.starLevel}`);
  const flags: [boolean | undefined, string][] = [
    [t.techInnovative, 'tech-innovative'],
    [t.specialisedNew, 'specialised-new'],
    [t.foreignTrade, 'foreign-trade'],
    [t.employmentAbsorbing, 'employment-absorbing'],
    [t.green, 'green'],
    [t.cultivationPool, 'cultivation-pool'],
    [t.noLoanHousehold, 'no-loan-household'],
  ];
  for (const [on, key] of flags) if (on) keys.push(key);
  for (const bank of e.lendingBanks) keys.push(`lending-bank:${bank}`);
  return keys;
}
