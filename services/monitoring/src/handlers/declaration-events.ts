import { declarationChangedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { applyDeclaration, dimensionsOf } from '../domain/enterprise-projection.ts';
import { declarationFacts } from '../domain/facts.ts';
import { enterpriseProjections, factLog } from './composition.ts';

/**
 * DeclarationChanged → declared and recommended facts (dimensions as the enterprise stands now), and
 * the enterprise leaves "should be in" with its first declaration.
 */
export const handler = sqsConsumer(
  declarationChangedV1,
  async (event) => {
    const dims = dimensionsOf(await enterpriseProjections().get(event.uscc));
    await factLog().record(declarationFacts(event, dims));
    await enterpriseProjections().update(event.uscc, (p) => applyDeclaration(p, event));
  },
  { sequential: true },
);
