import { ConcurrentModificationError, NotFoundError } from '@sme/kernel';
import type { GuaranteeRecord } from '../domain/book.ts';
import { entitlementsOf } from '../domain/entitlements.ts';
import type { Applied } from '../domain/guarantee-reports.ts';
import type { SubsidyPolicy } from '../domain/policy.ts';
import type { SubsidyBook } from './ports.ts';

const attempts = 3;

/**
 * Applies a guarantor's report to one of ITS guarantees and re-books the entitlements it changes.
 * Another guarantor's guarantee is answered as absent (404), so ids of others' business leak nothing.
 * A race with another change of the same guarantee is retried on the fresh version.
 */
export async function reportOnGuarantee(
  guaranteeId: string,
  guarantorId: string,
  apply: (g: GuaranteeRecord) => Applied<GuaranteeRecord>,
  ports: { book: SubsidyBook; policy: SubsidyPolicy },
): Promise<Applied<GuaranteeRecord>> {
  for (let attempt = 1; ; attempt++) {
    const record = await ports.book.get(guaranteeId);
    if (record === undefined || record.kind !== 'guarantee' || record.guarantorId !== guarantorId) {
      throw new NotFoundError(`No guarantee ${guaranteeId} of guarantor ${guarantorId}`);
    }
    const applied = apply(record);
    if (!applied.changed) return applied;
    try {
      await ports.book.update(record, applied.record, entitlementsOf(applied.record, ports.policy));
      return applied;
    } catch (error) {
      if (!(error instanceof ConcurrentModificationError) || attempt >= attempts) throw error;
    }
  }
}
