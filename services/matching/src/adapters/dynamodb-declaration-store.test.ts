import { describe, expect, it } from 'vitest';
import { listKeys, openKey } from './dynamodb-declaration-store.ts';

const base = { state: 'RECOMMENDED' as const, township: '999101002' };

describe('Function: listKeys', () => {
  it('sorts key-industry-chain declarations first, then the oldest, in both list indexes', () => {
    // Prepare
    const plainOld = listKeys({
      ...base,
      id: 'd-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      keyIndustryChain: false,
    });
    const chainNew = listKeys({
      ...base,
      id: 'd-2',
      createdAt: '2026-06-01T00:00:00.000Z',
      keyIndustryChain: true,
    });
    const plainNew = listKeys({
      ...base,
      id: 'd-3',
      createdAt: '2026-06-01T00:00:00.000Z',
      keyIndustryChain: false,
    });

    // Act
    const byState = [plainNew, plainOld, chainNew].map((k) => k.stateSk).sort();
    const byTownship = [plainNew, plainOld, chainNew].map((k) => k.townshipSk).sort();

    // Assess
    expect(byState).toEqual([chainNew.stateSk, plainOld.stateSk, plainNew.stateSk]);
    expect(byTownship).toEqual([chainNew.townshipSk, plainOld.townshipSk, plainNew.townshipSk]);
    expect(chainNew.townshipSk).toBe('RECOMMENDED#0#2026-06-01T00:00:00.000Z#d-2');
  });

  it('leaves a declaration without a known township out of the township index', () => {
    // Act
    const keys = listKeys({
      ...base,
      township: undefined,
      id: 'd-4',
      createdAt: '2026-01-01T00:00:00.000Z',
      keyIndustryChain: false,
    });

    // Assess
    expect(keys).toEqual({ stateSk: '1#2026-01-01T00:00:00.000Z#d-4' });
  });
});

describe('Function: openKey', () => {
  it('claims one (enterprise, demand) and groups the claims of an enterprise under one partition', () => {
    expect(openKey('91999101MM0000001X', 'working-capital|mortgage')).toEqual({
      pk: 'ENT#91999101MM0000001X',
      sk: 'OPEN#working-capital|mortgage',
    });
  });
});
