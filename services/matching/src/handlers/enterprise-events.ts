import { enterpriseEvent } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import type { RegistryFacts } from '../domain/declaration.ts';
import { rescreenEnterprise } from '../use-cases/rescreen-enterprise.ts';
import { config, declarationStore, factsStore, serviceActor } from './composition.ts';

const operatingStatuses = new Set(['normal', 'abnormal', 'revoked', 'deregistered']);

function chainName(tags: readonly string[]): { keyIndustryChainName?: string } {
  const tag = tags.find((t) => t.startsWith('key-industry-chain:') && t.length > 19);
  return tag === undefined ? {} : { keyIndustryChainName: tag.slice(19) };
}

/**
 * Registry events → the registry part of the enterprise's facts (recordId names the version, so a
 * failing "compliant operation" cites it), then its open declarations are screened again.
 */
export const handler = sqsConsumer(
  enterpriseEvent,
  async (event) => {
    const { summary } = event;
    const registry: RegistryFacts = {
      recordId: event.eventId,
      version: event.enterpriseVersion,
      ...(summary.name === undefined ? {} : { name: summary.name }),
      ...(summary.sizeClass === undefined ? {} : { sizeClass: summary.sizeClass }),
      township: summary.township,
      industryCode: summary.industryCode,
      entityType: summary.entityType,
      // An unknown status from a newer registry is not "normal": screening then fails and says so.
      status: (operatingStatuses.has(summary.status)
        ? summary.status
        : 'abnormal') as RegistryFacts['status'],
      ...(summary.hasFixedPremises === undefined ? {} : { hasFixedPremises: summary.hasFixedPremises }),
      keyIndustryChain: summary.tags.includes('key-industry-chain'),
      ...chainName(summary.tags),
      lendingBankIds: summary.tags.filter((t) => t.startsWith('lending-bank:')).map((t) => t.slice(13)),
    };
    await factsStore().applyRegistry(event.uscc, registry);
    await rescreenEnterprise(
      event.uscc,
      event.eventId,
      {
        declarations: declarationStore(),
        facts: factsStore(),
        policy: config().screeningPolicy,
      },
      serviceActor,
      new Date().toISOString(),
    );
  },
  { sequential: true },
);
