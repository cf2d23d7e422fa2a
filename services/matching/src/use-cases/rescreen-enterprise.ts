import { ConcurrentModificationError } from '@sme/kernel';
import type { Actor, Declaration } from '../domain/declaration.ts';
import { rescreen, type ScreeningPolicy } from '../domain/declaration-lifecycle.ts';
import type { DeclarationStore, EnterpriseFactsStore } from './ports.ts';

export interface RescreenPorts {
  declarations: Pick<DeclarationStore, 'openOf' | 'get' | 'save'>;
  facts: EnterpriseFactsStore;
  policy: ScreeningPolicy;
}

/**
 * Screens the enterprise's open declarations again on its current facts (after a registry, credit
 * or blacklist event). A declaration changed meanwhile is read again and re-screened, so the last
 * writer always screened the latest version. Returns the declarations that changed.
 */
export async function rescreenEnterprise(
  uscc: string,
  cause: string,
  ports: RescreenPorts,
  actor: Actor,
  now: string,
): Promise<Declaration[]> {
  const facts = await ports.facts.get(uscc, true);
  const changed: Declaration[] = [];
  for (const open of await ports.declarations.openOf(uscc)) {
    let current: Declaration | undefined = open;
    for (let attempt = 0; current; attempt++) {
      const step = rescreen(current, facts, ports.policy, now);
      if (!step.action) break;
      try {
        await ports.declarations.save(step.declaration, current.version, {
          action: step.action,
          ...actor,
          at: now,
          cause,
          detail: { events: step.events, outcome: step.declaration.screening?.outcome ?? 'not-screened' },
        });
        changed.push(step.declaration);
        break;
      } catch (error) {
        if (!(error instanceof ConcurrentModificationError) || attempt >= 4) throw error;
        current = await ports.declarations.get(open.id, true);
      }
    }
  }
  return changed;
}
