import { type Declaration, isKeyIndustryChain } from '../domain/declaration.ts';
import { confirmProgress, type PushBatch } from '../domain/push-batch.ts';
import type { BatchEntry } from '../domain/push-batch-plan.ts';

/** Versioning helpers shared by every service's HTTP handlers. */
export { checkIfMatch, found, versionHeaders } from '@sme/runtime';

/** The API's view of a declaration: the stored one, with its key-industry-chain marker spelled out. */
export const declarationView = (d: Declaration) => ({ ...d, keyIndustryChain: isKeyIndustryChain(d) });

/**
 * A 11-digit mobile as 138****8000, a landline with its last four digits only: lists show who to
 * call without handing every reader the number (the single declaration shows it in full).
 */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  return `${'*'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}

/** A declaration in a list: the financing contact's phone masked. */
export const declarationListView = (d: Declaration) => {
  const view = declarationView(d);
  return d.contact ? { ...view, contact: { ...d.contact, phone: maskPhone(d.contact.phone) } } : view;
};

/** The path a push batch is read at, and polled at while it is CONFIRMING. */
export const batchPath = (batchId: string) => `/v1/push-batches/${batchId}`;

/**
 * A push batch as the API shows it: the confirm's progress (chunks and pushes, total and done) and
 * the link to poll; the counters' bookkeeping (which chunks were counted, who is queueing) stays inside.
 */
export function batchView(batch: PushBatch) {
  const { progress: _progress, confirm, ...rest } = batch;
  const facts = confirm ? (({ queueLease: _lease, ...kept }) => kept)(confirm) : undefined;
  return {
    ...rest,
    ...(facts ? { confirm: facts } : {}),
    progress: confirmProgress(batch),
    links: { self: batchPath(batch.batchId) },
  };
}

/** A batch entry as the office reads it: the push card (contact, demand) stays with the pushed banks. */
export const batchEntryView = ({ card: _card, ...e }: BatchEntry) => e;

/** A preview has no batch yet, so no push ids. */
export const previewEntry = (e: BatchEntry) => {
  const entry = batchEntryView(e);
  return { ...entry, assignedBanks: entry.assignedBanks.map(({ pushId: _pushId, ...bank }) => bank) };
};
