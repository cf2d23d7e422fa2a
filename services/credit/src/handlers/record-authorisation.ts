import { ForbiddenError, ValidationError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { type Authorisation, newAuthorisationId } from '../adapters/dynamodb-credit-access-store.ts';
import { creditConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { accessStore } from './composition.ts';

const dayMs = 86_400_000;

/** POST /v1/credit-authorisations: a bank records the consent it holds; the office may record it for any bank. */
export const recordAuthorisation: RouteFunction<typeof routes.recordAuthorisation> = async (request) => {
  const input = request.body;
  const city = cityConfig();
  if (request.principal.role === 'bank' && input.bankId !== request.principal.orgId) {
    throw new ForbiddenError('A bank records authorisations for itself only');
  }
  const issues = [];
  if (!city.banks.some((b) => b.id === input.bankId))
    issues.push({ path: 'body.bankId', message: `unknown bank ${input.bankId}` });
  if (input.validTo < input.validFrom)
    issues.push({ path: 'body.validTo', message: 'must not be before validFrom' });
  const days = (Date.parse(input.validTo) - Date.parse(input.validFrom)) / dayMs + 1;
  const max = creditConfig(city).maxAuthorisationDays;
  if (days > max)
    issues.push({ path: 'body.validTo', message: `an authorisation lasts at most ${max} days` });
  if (issues.length > 0) throw new ValidationError('The authorisation breaks a rule', issues);
  const now = new Date().toISOString();
  const authorisation: Authorisation = {
    ...input,
    authorisationId: newAuthorisationId(input.uscc, input.bankId),
    recordedBy: { clientId: request.principal.clientId, orgId: request.principal.orgId },
    recordedAt: now,
  };
  await accessStore().addAuthorisation(authorisation);
  await appendAudit({
    subjectType: 'credit-authorisation',
    subjectId: authorisation.authorisationId,
    action: 'credit-authorisation.recorded',
    principal: request.principal,
    at: now,
    discriminator: request.requestId,
    purpose: input.purpose,
    detail: { uscc: input.uscc, bankId: input.bankId, validFrom: input.validFrom, validTo: input.validTo },
  });
  return {
    status: 201,
    headers: { location: `/v1/credit-authorisations/${authorisation.authorisationId}` },
    body: authorisation,
  };
};

export const handler = httpHandler(routes.recordAuthorisation, idempotentRoute(recordAuthorisation));
