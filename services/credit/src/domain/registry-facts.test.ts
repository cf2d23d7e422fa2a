import type { EnterpriseEvent } from '@sme/events';
import { describe, expect, it } from 'vitest';
import { usccA } from './credit-records.fixture.ts';
import { registryEffect } from './registry-facts.ts';

const summary = {
  name: '临山信用测试有限公司',
  township: '999101002',
  industryCode: 'C3420',
  entityType: 'enterprise',
  status: 'normal',
  tags: [],
};
const registered: EnterpriseEvent = {
  type: 'EnterpriseRegistered',
  version: 1,
  eventId: `enterprise:${usccA}:v1`,
  occurredAt: '2026-12-04T02:00:00.000Z',
  uscc: usccA,
  enterpriseVersion: 1,
  summary,
};
const changed = (changedFields: string[]): EnterpriseEvent => ({
  ...registered,
  type: 'EnterpriseChanged',
  eventId: `enterprise:${usccA}:v2`,
  enterpriseVersion: 2,
  changedFields,
});

describe('Function: registryEffect', () => {
  it('records a registration and evaluates an enterprise never evaluated', () => {
    expect(registryEffect(registered)).toEqual({
      kind: 'record',
      township: '999101002',
      evaluateIfNone: true,
    });
  });

  it('ignores changes of fields credit does not keep: name, size, status, industry, tags, revenue', () => {
    for (const fields of [['name'], ['annualRevenueYuan', 'sizeClass'], ['status'], ['industryCode', 'tags']])
      expect(registryEffect(changed(fields))).toEqual({ kind: 'ignore' });
  });

  it('records a new township without asking for an evaluation', () => {
    expect(registryEffect(changed(['name', 'township']))).toEqual({
      kind: 'record',
      township: '999101002',
      evaluateIfNone: false,
    });
  });
});
