import { enterpriseEvent } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { applyRegistry, registryPartOf } from '../domain/enterprise-projection.ts';
import { enterpriseProjections } from './composition.ts';

/** Registry events → the registry part of the enterprise projection (and its place in "should be in"). */
export const handler = sqsConsumer(
  enterpriseEvent,
  async (event) => {
    const part = registryPartOf(event);
    await enterpriseProjections().update(event.uscc, (p) => applyRegistry(p, event.uscc, part));
  },
  { sequential: true },
);
