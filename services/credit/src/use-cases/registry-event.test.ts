import type { EnterpriseEvent } from '@sme/events';
import { describe, expect, it } from 'vitest';
import { usccA } from '../domain/credit-records.fixture.ts';
import type { CreditProfileStore, RecomputeQueue, RecomputeRequest } from './ports.ts';
import { handleRegistryEvent } from './registry-event.ts';

/** handleRegistryEvent on in-memory ports. */

class FakeProfiles implements CreditProfileStore {
  readonly marked: [string, string][] = [];
  readonly evaluated: boolean;
  constructor(evaluated: boolean) {
    this.evaluated = evaluated;
  }
  async stateOf() {
    return undefined;
  }
  async savePublished() {}
  async markRegistered(uscc: string, township: string) {
    this.marked.push([uscc, township]);
    return { evaluated: this.evaluated };
  }
}
class FakeQueue implements RecomputeQueue {
  readonly requests: RecomputeRequest[] = [];
  async request(requests: RecomputeRequest[]) {
    this.requests.push(...requests);
  }
}

const registered: EnterpriseEvent = {
  type: 'EnterpriseRegistered',
  version: 1,
  eventId: `enterprise:${usccA}:v1`,
  occurredAt: '2026-12-04T02:00:00.000Z',
  uscc: usccA,
  enterpriseVersion: 1,
  summary: {
    township: '999101002',
    industryCode: 'C3420',
    entityType: 'enterprise',
    status: 'normal',
    tags: [],
  },
};
const changed = (changedFields: string[], township = '999101001'): EnterpriseEvent => ({
  ...registered,
  type: 'EnterpriseChanged',
  enterpriseVersion: 2,
  changedFields,
  summary: { ...registered.summary, township },
});

describe('Function: handleRegistryEvent', () => {
  it('a registration of an enterprise never evaluated records it and asks for its first evaluation', async () => {
    const profiles = new FakeProfiles(false);
    const queue = new FakeQueue();
    expect(await handleRegistryEvent(registered, { profiles, recompute: queue })).toBe(
      'recorded-and-evaluating',
    );
    expect(profiles.marked).toEqual([[usccA, '999101002']]);
    expect(queue.requests).toEqual([{ uscc: usccA, reason: 'EnterpriseRegistered' }]);
  });

  it('a registration of an enterprise already evaluated (records came first) only records it', async () => {
    const profiles = new FakeProfiles(true);
    const queue = new FakeQueue();
    expect(await handleRegistryEvent(registered, { profiles, recompute: queue })).toBe('recorded');
    expect(queue.requests).toEqual([]);
  });

  it('a rename writes nothing and asks for nothing', async () => {
    const profiles = new FakeProfiles(true);
    const queue = new FakeQueue();
    expect(await handleRegistryEvent(changed(['name']), { profiles, recompute: queue })).toBe('ignored');
    expect(profiles.marked).toEqual([]);
    expect(queue.requests).toEqual([]);
  });

  it('a move to another township records the township and asks for no evaluation', async () => {
    const profiles = new FakeProfiles(true);
    const queue = new FakeQueue();
    expect(await handleRegistryEvent(changed(['township']), { profiles, recompute: queue })).toBe('recorded');
    expect(profiles.marked).toEqual([[usccA, '999101001']]);
    expect(queue.requests).toEqual([]);
  });
});
