import type { EnterpriseEvent } from '@sme/events';
import { describe, expect, it } from 'vitest';
import {
  applyCredit,
  applyDeclaration,
  applyRegistry,
  dimensionsOf,
  type EnterpriseProjection,
  registryPartOf,
  shouldBeIn,
} from './enterprise-projection.ts';

function registered(version: number, summary: Partial<EnterpriseEvent['summary']> = {}): EnterpriseEvent {
  return {
    type: 'EnterpriseRegistered',
    version: 1,
    eventId: `enterprise:E1:v${version}`,
    occurredAt: '2026-03-01T02:00:00.000Z',
    uscc: 'E1',
    enterpriseVersion: version,
    summary: {
      township: '999101002',
      industryCode: 'C3420',
      entityType: 'enterprise',
      status: 'normal',
      sizeClass: 'small',
      tags: ['no-loan-household'],
      ...summary,
    },
  };
}

const registeredProjection = (summary: Partial<EnterpriseEvent['summary']> = {}): EnterpriseProjection => {
  const p = applyRegistry(undefined, 'E1', registryPartOf(registered(1, summary)));
  if (!p) throw new Error('fixture');
  return p;
};

const declaration = (declarationId: string, version: number, state: string, occurredAt: string) => ({
  uscc: 'E1',
  declarationId,
  declarationVersion: version,
  state,
  occurredAt,
});

describe('Function: shouldBeIn', () => {
  it('lists a normal, small, undeclared enterprise without a hard-stop', () => {
    expect(shouldBeIn(registeredProjection())).toBe(true);
  });

  it.each([
    ['abnormal status', { status: 'abnormal' }],
    ['deregistered', { status: 'deregistered' }],
    ['a large enterprise', { sizeClass: 'large' }],
  ])('leaves out %s', (_, summary) => {
    expect(shouldBeIn(registeredProjection(summary))).toBe(false);
  });

  it('leaves out a credit hard-stop, and lists again once it is lifted', () => {
    // Act
    const stopped = applyCredit(registeredProjection(), { uscc: 'E1', profileVersion: 2, hardStop: true });
    const lifted = stopped && applyCredit(stopped, { uscc: 'E1', profileVersion: 3, hardStop: false });

    // Assess
    expect(stopped && shouldBeIn(stopped)).toBe(false);
    expect(lifted && shouldBeIn(lifted)).toBe(true);
  });

  it('leaves out an enterprise once declared, even if the declaration was later removed', () => {
    // Act
    const declared = applyDeclaration(
      registeredProjection(),
      declaration('d-1', 1, 'SCREENED', '2026-03-02T02:00:00.000Z'),
    );
    const removed =
      declared && applyDeclaration(declared, declaration('d-1', 2, 'REMOVED', '2026-03-03T02:00:00.000Z'));

    // Assess
    expect(removed?.latestDeclaration?.state).toBe('REMOVED');
    expect(removed && shouldBeIn(removed)).toBe(false);
  });

  it('does not list an enterprise known only from a credit event', () => {
    const p = applyCredit(undefined, { uscc: 'E1', profileVersion: 1, hardStop: false });
    expect(p && shouldBeIn(p)).toBe(false);
  });
});

describe('Function: applyRegistry', () => {
  it('ignores a redelivered or older version', () => {
    // Prepare
    const v2 = applyRegistry(
      registeredProjection(),
      'E1',
      registryPartOf(registered(2, { township: '999101003' })),
    );
    if (!v2) throw new Error('fixture');

    // Act
    const again = applyRegistry(v2, 'E1', registryPartOf(registered(2, { township: '999101003' })));
    const older = applyRegistry(v2, 'E1', registryPartOf(registered(1)));

    // Assess
    expect(v2.registry?.township).toBe('999101003');
    expect(again).toBeUndefined();
    expect(older).toBeUndefined();
  });
});

describe('Function: applyCredit', () => {
  it('keeps the newer profile when an older one arrives late', () => {
    const newer = applyCredit(undefined, { uscc: 'E1', profileVersion: 5, hardStop: true });
    expect(newer && applyCredit(newer, { uscc: 'E1', profileVersion: 4, hardStop: false })).toBeUndefined();
  });
});

describe('Function: applyDeclaration', () => {
  it('keeps the latest declaration whatever the arrival order, and the first declaration time', () => {
    // Prepare: d-2 (later) arrives before d-1's second version
    const first = applyDeclaration(undefined, declaration('d-2', 1, 'SCREENED', '2026-03-05T02:00:00.000Z'));
    if (!first) throw new Error('fixture');

    // Act
    const late = applyDeclaration(first, declaration('d-1', 2, 'REVIEWED', '2026-03-04T02:00:00.000Z'));
    const redelivered =
      late && applyDeclaration(late, declaration('d-1', 2, 'REVIEWED', '2026-03-04T02:00:00.000Z'));

    // Assess
    expect(late?.latestDeclaration).toMatchObject({ declarationId: 'd-2', state: 'SCREENED' });
    expect(late?.firstDeclaredAt).toBe('2026-03-04T02:00:00.000Z');
    expect(redelivered).toBeUndefined();
  });
});

describe('Function: dimensionsOf', () => {
  it('takes the GB/T 4754 section and the no-loan tag from the registry part', () => {
    expect(dimensionsOf(registeredProjection())).toEqual({
      township: '999101002',
      industry: 'C',
      noLoanHousehold: true,
    });
  });

  it('is unattributed for an enterprise not yet registered here', () => {
    expect(dimensionsOf(undefined)).toEqual({
      township: 'unattributed',
      industry: 'unattributed',
      noLoanHousehold: false,
    });
  });
});
