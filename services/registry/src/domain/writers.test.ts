import { ForbiddenError, loadCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { defaultWriters } from '../config.ts';
import { checkWriter, writerOf } from './writers.ts';

const city = loadCityConfig('linshan');
const pathsOf = (fn: () => void): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ForbiddenError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
};
const check = (
  orgId: string,
  role: 'agency' | 'coordinator',
  change: { existing?: string; township: string; fields: string[] },
) =>
  pathsOf(() => {
    const writer = writerOf({ role, orgId }, city);
    checkWriter({
      writer,
      rule: defaultWriters[writer.kind],
      existing: change.existing === undefined ? undefined : { township: change.existing },
      township: change.township,
      changedFields: change.fields,
      pathPrefix: 'body',
    });
  });

describe('Function: checkWriter', () => {
  it('lets the registration authority and the office write anything, anywhere', () => {
    expect(
      check('ls-market', 'agency', {
        existing: '999101002',
        township: '999101001',
        fields: ['status', 'name'],
      }),
    ).toEqual([]);
    expect(check('ls-office', 'coordinator', { township: '999101002', fields: ['status'] })).toEqual([]);
  });

  it('keeps the tax bureau to its own facts: revenue yes; status, name and new registrations no', () => {
    expect(
      check('ls-tax', 'agency', {
        existing: '999101002',
        township: '999101002',
        fields: ['annualRevenueYuan'],
      }),
    ).toEqual([]);
    expect(
      check('ls-tax', 'agency', { existing: '999101002', township: '999101002', fields: ['status', 'name'] }),
    ).toEqual(['body.status: a tax agency does not set status', 'body.name: a tax agency does not set name']);
    expect(check('ls-tax', 'agency', { township: '999101002', fields: [] })).toEqual([
      'body: a tax agency does not register enterprises',
    ]);
  });

  it('keeps a township to its own townships, before and after the change, and off the registration fields', () => {
    // 青石镇 (999101002) speaks for its own enterprises only.
    expect(
      check('ls-qingshi-tn', 'agency', {
        existing: '999101002',
        township: '999101002',
        fields: ['employees'],
      }),
    ).toEqual([]);
    expect(
      check('ls-qingshi-tn', 'agency', {
        existing: '999101001',
        township: '999101001',
        fields: ['employees'],
      }),
    ).toEqual(['body.township: ls-qingshi-tn does not speak for township 999101001']);
    expect(
      check('ls-qingshi-tn', 'agency', {
        existing: '999101002',
        township: '999101001',
        fields: ['township'],
      }),
    ).toEqual([
      'body.township: ls-qingshi-tn does not speak for township 999101001',
      'body.township: a township agency does not set township',
    ]);
    expect(
      check('ls-qingshi-tn', 'agency', { existing: '999101002', township: '999101002', fields: ['status'] }),
    ).toEqual(['body.status: a township agency does not set status']);
  });
});
