import { ConflictError, ValidationError } from '@sme/kernel';
import { type PublishedItem, publicationIssues } from '../domain/published-policy.ts';
import type { PolicyStore } from './ports.ts';

/**
 * Publishes a program version or an LPR quote: checked against the policy in force on `today` (no
 * back-dating, date order, the merged policy valid — issues name the request's fields), then stored with
 * its audit entry in one write. Throws `ValidationError` (422) or `ConflictError` (409).
 */
export async function publishPolicyItem(
  item: PublishedItem,
  context: {
    city: string;
    /** The city file's `subsidy` section, as written. */
    section: Parameters<typeof publicationIssues>[1];
    today: string;
    requestId: string;
    principal: { clientId: string; orgId: string; role?: string };
  },
  store: PolicyStore,
): Promise<PublishedItem> {
  const subjectId = item.kind === 'lpr' ? `lpr-${item.quote.month}` : item.version.id;
  const issues = publicationIssues(context.city, context.section, await store.list(), item, context.today);
  if (issues.length > 0)
    throw new ValidationError(
      issues[0]?.message ?? 'Not publishable',
      issues.map((i) => ({ ...i, path: i.path === 'month' ? 'path.month' : `body.${i.path}` })),
    );
  const stored = await store.publish(item, {
    subjectType: 'subsidy-policy',
    subjectId,
    action: item.kind === 'lpr' ? 'subsidy-policy.lpr-published' : 'subsidy-policy.version-published',
    principal: context.principal,
    at: item.publishedAt,
    discriminator: context.requestId,
    detail: item.kind === 'lpr' ? { quote: item.quote } : { version: item.version },
  });
  if (!stored) throw new ConflictError(`${subjectId} was published at the same moment; read the policy`);
  return item;
}
