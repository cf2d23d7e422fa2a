import type { EnterpriseEvent } from '@sme/events';
import { registryEffect } from '../domain/registry-facts.ts';
import type { CreditProfileStore, RecomputeQueue } from './ports.ts';

/**
 * A registry event: ignored when it changed nothing credit keeps (`registryEffect`); otherwise the
 * enterprise is recorded as registered in its township, and a registration of an enterprise never
 * evaluated asks for its first evaluation. No registry field enters the evaluation, so nothing else
 * asks for one.
 */
export async function handleRegistryEvent(
  event: EnterpriseEvent,
  deps: { profiles: CreditProfileStore; recompute: RecomputeQueue },
): Promise<'ignored' | 'recorded' | 'recorded-and-evaluating'> {
  const effect = registryEffect(event);
  if (effect.kind === 'ignore') return 'ignored';
  const { evaluated } = await deps.profiles.markRegistered(event.uscc, effect.township);
  if (!effect.evaluateIfNone || evaluated) return 'recorded';
  await deps.recompute.request([{ uscc: event.uscc, reason: event.type }]);
  return 'recorded-and-evaluating';
}
