import { type Principal, ValidationError } from '@sme/kernel';
import { appendAudit, cityConfig, documentClient, tableName } from '@sme/runtime';
import { DynamoDbBorrowerStore } from '../adapters/dynamodb-borrower-store.ts';
import { DynamoDbLedgerStore } from '../adapters/dynamodb-ledger-store.ts';
import { DynamoDbPolicyStore } from '../adapters/dynamodb-policy-store.ts';
import { DynamoDbSubsidyBook } from '../adapters/dynamodb-subsidy-book.ts';
import { subsidyConfig } from '../config.ts';
import type { SubsidyPolicy } from '../domain/policy.ts';
import { policyWithPublished } from '../domain/published-policy.ts';
import type { Audit } from '../use-cases/ports.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let book: DynamoDbSubsidyBook | undefined;
let ledger: DynamoDbLedgerStore | undefined;
let borrowers: DynamoDbBorrowerStore | undefined;
let policies: DynamoDbPolicyStore | undefined;

export const subsidyBook = () => {
  book ??= new DynamoDbSubsidyBook(documentClient(), {
    records: tableName('subsidy-records'),
    ledger: tableName('subsidy-ledger'),
  });
  return book;
};
export const ledgerStore = () => {
  ledger ??= new DynamoDbLedgerStore(documentClient(), tableName('subsidy-ledger'));
  return ledger;
};
export const borrowerStore = () => {
  borrowers ??= new DynamoDbBorrowerStore(documentClient(), tableName('subsidy-enterprises'));
  return borrowers;
};

export const policyStore = () => {
  policies ??= new DynamoDbPolicyStore(documentClient(), {
    policy: tableName('subsidy-policy'),
    audit: tableName('audit'),
  });
  return policies;
};

/** Published items are read again after this long, so a publication reaches every process within a minute. */
const publishedTtlMs = 60_000;
let inForce: { readAt: number; policy: SubsidyPolicy } | undefined;

/**
 * The city's subsidy policy in force: the city file's section (validated once per process) with the
 * versions and LPR quotes published since laid over it (`subsidy-policy`, re-read every minute).
 */
export async function policy(): Promise<SubsidyPolicy> {
  if (inForce && Date.now() - inForce.readAt < publishedTtlMs) return inForce.policy;
  const city = cityConfig();
  const base = subsidyConfig(city).policy;
  const published = await policyStore().list();
  const merged = published.length === 0 ? base : policyWithPublished(city.id, city.subsidy, published);
  inForce = { readAt: Date.now(), policy: merged };
  return merged;
}

/** After a publication: this process reads the table again at its next use. */
export function forgetPolicy(): void {
  inForce = undefined;
}

export const cityGuarantorIds = (): string[] => cityConfig().guarantors.map((g) => g.id);

/** Service principal recorded on changes made by consumers rather than by a caller. */
export const serviceActor = { clientId: 'service:subsidy', orgId: 'platform' };

export const serviceAudit: Audit = (entry) => appendAudit({ ...entry, principal: serviceActor });

export const actorOf = (principal: Principal) => ({ clientId: principal.clientId, orgId: principal.orgId });

/**
 * Runs domain code whose `ValidationError`s name fields of one request part, re-rooting their paths
 * under it (`amountFen` → `body.amountFen`) so every error names the field as the caller sent it.
 */
export async function within<T>(part: 'body' | 'path', run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.message,
      error.issues.map((i) => ({ ...i, path: `${part}.${i.path}` })),
    );
  }
}
