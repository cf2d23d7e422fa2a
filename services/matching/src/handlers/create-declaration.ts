import { randomBytes } from 'node:crypto';
import { cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { newDeclaration } from '../domain/declaration.ts';
import { rescreen } from '../domain/declaration-lifecycle.ts';
import { config, declarationStore, factsStore } from './composition.ts';
import { declarationView, versionHeaders } from './views.ts';

export const newDeclarationId = () => `d-${randomBytes(10).toString('hex')}`;

/**
 * POST /v1/declarations: records the declaration (DECLARED, claiming its enterprise and demand),
 * then screens it at once if the registry already described the enterprise. The facts are read
 * after the declaration is stored, so a registry event arriving meanwhile is seen by one side or
 * the other.
 */
export const createDeclaration: RouteFunction<typeof routes.createDeclaration> = async (request) => {
  const { principal } = request;
  const cfg = config();
  const now = new Date().toISOString();
  const actor = { clientId: principal.clientId, orgId: principal.orgId };
  const declaration = newDeclaration({
    id: newDeclarationId(),
    input: request.body,
    role: principal.role === 'bank' ? 'bank' : principal.role === 'agency' ? 'agency' : 'coordinator',
    actor,
    catalogue: {
      bankIds: new Set(cityConfig().banks.map((b) => b.id)),
      productNames: new Set(cfg.banks.flatMap((b) => b.products.map((p) => p.name))),
    },
    now,
  });
  const change = { ...actor, at: now, cause: request.requestId };
  await declarationStore().create(declaration, { ...change, action: 'declaration.created' });
  const facts = await factsStore().get(declaration.uscc, true);
  const step = rescreen(declaration, facts, cfg.screeningPolicy, now);
  if (step.action) {
    await declarationStore().save(step.declaration, declaration.version, {
      ...change,
      action: step.action,
      detail: { events: step.events, outcome: step.declaration.screening?.outcome ?? 'not-screened' },
    });
  }
  const stored = step.declaration;
  return {
    status: 201,
    headers: { ...versionHeaders(stored), location: `/v1/declarations/${stored.id}` },
    body: declarationView(stored),
  };
};

export const handler = httpHandler(routes.createDeclaration, idempotentRoute(createDeclaration));
