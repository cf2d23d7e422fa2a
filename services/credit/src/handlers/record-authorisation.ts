import { ForbiddenError, shanghaiDate, ValidationError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { newAuthorisationId } from '../adapters/dynamodb-credit-access-store.ts';
import { creditConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { type Authorisation, filingIssues } from '../domain/consent.ts';
import { accessStore, profileStore } from './composition.ts';

/**
 * POST /v1/credit-authorisations: a bank files the enterprise's signed authorisation (the office may
 * file one for any bank). It is pending — it lets no one read anything — until the enterprise confirms
 * it through the office or its township.
 */
export const recordAuthorisation: RouteFunction<typeof routes.recordAuthorisation> = async (request) => {
  const input = request.body;
  const city = cityConfig();
  if (request.principal.role === 'bank' && input.bankId !== request.principal.orgId) {
    throw new ForbiddenError('A bank files authorisations for itself only', [
      { path: 'body.bankId', message: `must be your own bank, ${request.principal.orgId}` },
    ]);
  }
  const now = new Date();
  const today = shanghaiDate(now);
  const config = creditConfig(city);
  const issues = filingIssues(input, today, {
    maxAuthorisationDays: config.maxAuthorisationDays,
    documentMaxAgeDays: config.authorisationDocumentMaxAgeDays,
  });
  if (!city.banks.some((b) => b.id === input.bankId))
    issues.unshift({ path: 'body.bankId', message: `unknown bank ${input.bankId}` });
  const enterprise = await profileStore().get(input.uscc);
  if (!enterprise?.registered)
    issues.unshift({
      path: 'body.uscc',
      message: 'the registry does not know this enterprise: its office or township could not confirm',
    });
  if (issues.length > 0) throw new ValidationError('The authorisation breaks a rule', issues);
  const authorisation: Authorisation = {
    ...input,
    authorisationId: newAuthorisationId(input.uscc, input.bankId),
    ...(enterprise?.township ? { township: enterprise.township } : {}),
    state: 'pending',
    recordedBy: { clientId: request.principal.clientId, orgId: request.principal.orgId },
    recordedAt: now.toISOString(),
  };
  await accessStore().addAuthorisation(authorisation);
  await appendAudit({
    subjectType: 'credit-authorisation',
    subjectId: authorisation.authorisationId,
    action: 'credit-authorisation.filed',
    principal: request.principal,
    at: authorisation.recordedAt,
    discriminator: request.requestId,
    detail: {
      uscc: input.uscc,
      bankId: input.bankId,
      purposes: input.purposes,
      validFrom: input.validFrom,
      validTo: input.validTo,
      documentSha256: input.document.sha256,
    },
  });
  return {
    status: 201,
    headers: { location: `/v1/credit-authorisations/${authorisation.authorisationId}` },
    body: authorisation,
  };
};

export const handler = httpHandler(routes.recordAuthorisation, idempotentRoute(recordAuthorisation));
