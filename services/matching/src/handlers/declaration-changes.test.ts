import { declarationChangedV1 } from '@sme/events';
import type { VersionChange } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import { toItem } from '../adapters/dynamodb-declaration-store.ts';
import { declared, facts, NOW, registryFacts, USCC } from '../domain/declaration.fixture.ts';
import { declarationChangedEvent } from './declaration-changes.ts';

const change = (at: string): VersionChange => ({
  action: 'declaration.signed-off',
  clientId: 'c-1',
  orgId: 'ls-office',
  at,
  cause: 'req-1',
});

describe('Function: declarationChangedEvent', () => {
  it('announces the first version without a previous state', () => {
    // Prepare
    const after = toItem(declared({ state: 'SCREENED', version: 1 }), change(NOW));

    // Act
    const event = declarationChangedEvent(after, undefined);

    // Assess
    expect(declarationChangedV1.parse(event)).toEqual({
      type: 'DeclarationChanged',
      version: 1,
      eventId: 'declaration:d-00000000000000000001:v1',
      occurredAt: NOW,
      declarationId: 'd-00000000000000000001',
      uscc: USCC,
      declarationVersion: 1,
      state: 'SCREENED',
      keyIndustryChain: false,
    });
  });

  it('names the move and the key-industry-chain marker of a later version', () => {
    // Prepare: a sign-off of a key-industry-chain enterprise, version 3 → 4
    const chain = facts({ registry: registryFacts({ keyIndustryChain: true }) });
    const before = toItem(declared({ state: 'REVIEWED', version: 3, facts: chain }), change(NOW));
    const after = toItem(
      declared({ state: 'RECOMMENDED', version: 4, facts: chain }),
      change('2026-05-02T03:00:00.000Z'),
    );

    // Act
    const event = declarationChangedEvent(after, before);

    // Assess
    expect(event).toMatchObject({
      eventId: 'declaration:d-00000000000000000001:v4',
      occurredAt: '2026-05-02T03:00:00.000Z',
      declarationVersion: 4,
      state: 'RECOMMENDED',
      previousState: 'REVIEWED',
      keyIndustryChain: true,
    });
  });
});
