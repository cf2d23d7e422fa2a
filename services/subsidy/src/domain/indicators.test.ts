import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculateGuaranteeLeverage, checkNplTolerance } from './indicators.ts';
import { issuesOf } from './policy.fixture.ts';

describe('Function: calculateGuaranteeLeverage', () => {
  it.each([
    { outstanding: '650000000.00', leverage: '3.2500', met: true },
    { outstanding: '600000000.00', leverage: '3.0000', met: true },
    // 2.99999999995×: shown as 3.0000 but decided exactly, so not met
    { outstanding: '599999999.99', leverage: '3.0000', met: false },
    { outstanding: '590000000.00', leverage: '2.9500', met: false },
  ])(
    '$outstanding outstanding on 200,000,000.00 net assets: $leverage, met $met',
    ({ outstanding, leverage, met }) => {
      // Act
      const result = calculateGuaranteeLeverage(
        { asOf: '2025-06-30', outstandingGuarantees: outstanding, netAssets: '200000000.00' },
        linshanDemoPolicy,
      );

      // Assess
      expect(result.leverage).toBe(leverage);
      expect(result.met).toBe(met);
      expect(result.target).toBe('3');
    },
  );

  it('refuses zero net assets, naming netAssets', () => {
    // Act
    const issues = issuesOf(() =>
      calculateGuaranteeLeverage(
        { asOf: '2025-06-30', outstandingGuarantees: '1.00', netAssets: '0' },
        linshanDemoPolicy,
      ),
    );

    // Assess
    expect(issues).toEqual([{ path: 'netAssets', message: 'must be greater than zero' }]);
  });
});

describe('Function: checkNplTolerance', () => {
  it.each([
    // allowed 1.8 % + 3 pp = 4.8 %
    { small: '0.045', margin: '0.003', marginPp: '0.3', within: true },
    { small: '0.048', margin: '0', marginPp: '0', within: true },
    { small: '0.0481', margin: '-0.0001', marginPp: '-0.01', within: false },
  ])('overall 1.8 %, small-business $small: margin $marginPp pp', ({ small, margin, marginPp, within }) => {
    // Act
    const result = checkNplTolerance(
      { asOf: '2025-06-30', overallNplRate: '0.018', smallBusinessNplRate: small },
      linshanDemoPolicy,
    );

    // Assess
    expect(result.allowedRate).toBe('0.048');
    expect(result.margin).toBe(margin);
    expect(result.marginPp).toBe(marginPp);
    expect(result.within).toBe(within);
  });
});
