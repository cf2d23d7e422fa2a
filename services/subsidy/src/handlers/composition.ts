import { type Principal, ValidationError } from '@sme/kernel';
import { appendAudit, cityConfig, documentClient, tableName } from '@sme/runtime';
import { DynamoDbBorrowerStore } from '../adapters/dynamodb-borrower-store.ts';
import { DynamoDbLedgerStore } from '../adapters/dynamodb-ledger-store.ts';
import { DynamoDbSubsidyBook } from '../adapters/dynamodb-subsidy-book.ts';
import { subsidyConfig } from '../config.ts';
import type { SubsidyPolicy } from '../domain/policy.ts';
import type { Audit } from '../use-cases/ports.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let book: DynamoDbSubsidyBook | undefined;
let ledger: DynamoDbLedgerStore | undefined;
let borrowers: DynamoDbBorrowerStore | undefined;

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

/** The city's subsidy policy, validated once per process from the city config. */
export const policy = (): SubsidyPolicy => subsidyConfig(cityConfig()).policy;

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
