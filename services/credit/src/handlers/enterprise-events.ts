import { enterpriseEvent } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { handleRegistryEvent } from '../use-cases/registry-event.ts';
import { profileStore, recomputeQueue } from './composition.ts';

/**
 * Registry events: a registration records the enterprise (records held for it are attached) and
 * evaluates it if it never was; a township change records the township; any other change is ignored
 * (`registryEffect`: no registry field enters the evaluation).
 */
export const handler = sqsConsumer(enterpriseEvent, async (event) => {
  await handleRegistryEvent(event, { profiles: profileStore(), recompute: recomputeQueue() });
});
