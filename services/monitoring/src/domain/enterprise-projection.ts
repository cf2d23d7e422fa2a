import type { CreditProfileChanged, DeclarationChanged, EnterpriseEvent } from '@sme/events';
import { industrySection } from './dimensions.ts';
import type { EnterpriseDimensions } from './facts.ts';
import { unknownEnterprise } from './facts.ts';

/** The registry's part: the latest enterprise version monitoring received. */
export interface RegistryPart {
  version: number;
  township: string;
  industryCode: string;
  /** GB/T 4754 section letter. */
  industry: string;
  entityType: string;
  status: string;
  sizeClass?: string;
  tags: string[];
}

/** The credit profile's part: whether a hard-stop record stands (dishonest debtor, serious illegal list …). */
export interface CreditPart {
  profileVersion: number;
  hardStop: boolean;
}

/** The enterprise's most recent declaration, as list matching announced it. */
export interface DeclarationPart {
  declarationId: string;
  version: number;
  state: string;
  at: string;
}

/**
 * What monitoring keeps of one enterprise, from three channels that may arrive in any order. Each
 * part is replaced only by a newer version of itself, so a redelivered or late event never rolls
 * a fact back.
 */
export interface EnterpriseProjection {
  uscc: string;
  registry?: RegistryPart;
  credit?: CreditPart;
  /** When its first declaration was announced; once set, the enterprise is "in". */
  firstDeclaredAt?: string;
  latestDeclaration?: DeclarationPart;
}

/** Registry event → its part. */
export function registryPartOf(event: EnterpriseEvent): RegistryPart {
  const s = event.summary;
  return {
    version: event.enterpriseVersion,
    township: s.township,
    industryCode: s.industryCode,
    industry: industrySection(s.industryCode),
    entityType: s.entityType,
    status: s.status,
    ...(s.sizeClass ? { sizeClass: s.sizeClass } : {}),
    tags: [...s.tags].sort(),
  };
}

/** The projection with a newer registry part, or `undefined` when the part is not newer (no write). */
export function applyRegistry(
  current: EnterpriseProjection | undefined,
  uscc: string,
  part: RegistryPart,
): EnterpriseProjection | undefined {
  if (current?.registry && current.registry.version >= part.version) return undefined;
  return { ...(current ?? { uscc }), registry: part };
}

/** The projection with a newer credit part, or `undefined` when it is not newer. */
export function applyCredit(
  current: EnterpriseProjection | undefined,
  event: Pick<CreditProfileChanged, 'uscc' | 'profileVersion' | 'hardStop'>,
): EnterpriseProjection | undefined {
  if (current?.credit && current.credit.profileVersion >= event.profileVersion) return undefined;
  return {
    ...(current ?? { uscc: event.uscc }),
    credit: { profileVersion: event.profileVersion, hardStop: event.hardStop },
  };
}

/**
 * The projection after a declaration version: declared from its earliest announcement on, and the
 * latest declaration replaced by a newer version of itself or by a later declaration. `undefined`
 * when nothing changes.
 */
export function applyDeclaration(
  current: EnterpriseProjection | undefined,
  event: Pick<DeclarationChanged, 'uscc' | 'declarationId' | 'declarationVersion' | 'state' | 'occurredAt'>,
): EnterpriseProjection | undefined {
  const base = current ?? { uscc: event.uscc };
  const part: DeclarationPart = {
    declarationId: event.declarationId,
    version: event.declarationVersion,
    state: event.state,
    at: event.occurredAt,
  };
  const held = base.latestDeclaration;
  const newer =
    !held ||
    (held.declarationId === part.declarationId
      ? part.version > held.version
      : part.at > held.at || (part.at === held.at && part.declarationId > held.declarationId));
  const earlier = base.firstDeclaredAt === undefined || part.at < base.firstDeclaredAt;
  if (!newer && !earlier) return undefined;
  return {
    ...base,
    firstDeclaredAt: earlier ? part.at : base.firstDeclaredAt,
    latestDeclaration: newer ? part : held,
  };
}

/** Operating status under which an enterprise may be visited and declared (seed 001 §二(一)). */
const activeStatus = 'normal';

/**
 * "Should be in but isn't" (应进未进, seed 001 §四(一)(二)): what the data can decide — registered,
 * operating normally, small or micro (a large enterprise is outside the mechanism), no credit
 * hard-stop — and never declared. Need, premises and purpose are the visit's to find out.
 */
export function shouldBeIn(p: EnterpriseProjection): boolean {
  const r = p.registry;
  if (!r) return false;
  return (
    r.status === activeStatus && r.sizeClass !== 'large' && p.credit?.hardStop !== true && !p.firstDeclaredAt
  );
}

/** Dimensions frozen into the facts of an event about this enterprise. */
export function dimensionsOf(p: EnterpriseProjection | undefined): EnterpriseDimensions {
  if (!p?.registry) return unknownEnterprise;
  return {
    township: p.registry.township,
    industry: p.registry.industry,
    noLoanHousehold: p.registry.tags.includes('no-loan-household'),
  };
}

/** Key-industry-chain enterprises come first in the gap list, as they are pushed first (seed 001 §二(二)). */
export const isKeyIndustryChain = (p: EnterpriseProjection) =>
  p.registry?.tags.includes('key-industry-chain') ?? false;
