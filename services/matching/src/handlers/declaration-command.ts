import type { Principal } from '@sme/kernel';
import type { HttpResult } from '@sme/runtime';
import type { Declaration } from '../domain/declaration.ts';
import type { Step } from '../domain/declaration-lifecycle.ts';
import { declarationStore } from './composition.ts';
import { checkIfMatch, declarationView, found, versionHeaders } from './views.ts';

/**
 * The shape of every command on one declaration: read it (consistent), honour If-Match, let the
 * domain decide the step (which refuses what the state machine does not allow), write it on the
 * version read, and answer with the new version. The stream audits the written version.
 */
export async function declarationCommand(
  request: {
    params: { declarationId: string };
    ifMatch: number | undefined;
    principal: Principal;
    requestId: string;
  },
  decide: (current: Declaration, now: string) => Step,
): Promise<HttpResult> {
  const { declarationId } = request.params;
  const current = found(await declarationStore().get(declarationId, true), `declaration ${declarationId}`);
  checkIfMatch(request.ifMatch, current, `declaration ${declarationId}`);
  const now = new Date().toISOString();
  const step = decide(current, now);
  if (step.action) {
    await declarationStore().save(step.declaration, current.version, {
      action: step.action,
      clientId: request.principal.clientId,
      orgId: request.principal.orgId,
      at: now,
      cause: request.requestId,
      detail: { events: step.events, state: step.declaration.state },
    });
  }
  return { status: 200, headers: versionHeaders(step.declaration), body: declarationView(step.declaration) };
}

export const actorOf = (p: Principal) => ({ clientId: p.clientId, orgId: p.orgId });
