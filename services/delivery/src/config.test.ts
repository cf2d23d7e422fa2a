import { CityConfigError, loadCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { deliveryConfig } from './config.ts';
import { defaultRetryPolicy } from './domain/retry-policy.ts';
import { deadlineFor } from './domain/working-days.ts';

const linshan = loadCityConfig('linshan');

describe('Function: deliveryConfig', () => {
  it('defaults to the seeds: 30 calendar days to decide, 5 working days for a no-loan household', () => {
    // Act
    const config = deliveryConfig(linshan);

    // Assess: the numbers themselves (seed 001 §三(二), seed 003 §五) and what they give on the demo calendar.
    expect(config.deadlines.decisionCalendarDays).toBe(30);
    expect(config.deadlines.noLoanReplyWorkingDays).toBe(5);
    // 2026-09-30 + 5 working days across National Day and make-up Saturday 10-10 → 10-13.
    expect(
      deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-09-30', config: config.deadlines }),
    ).toEqual({ due: '2026-10-13', provisional: false });
    // 2026-03-02 + 30 days → 2026-04-01.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-03-02', config: config.deadlines }).due).toBe(
      '2026-04-01',
    );
    expect(config.webhookTimeoutMs).toBe(10_000);
    expect(config.retryPolicy).toBe(defaultRetryPolicy);
  });

  it('takes a city override and names a bad field', () => {
    // Prepare
    const shorter = { ...linshan, delivery: { decisionCalendarDays: 20, noLoanReplyWorkingDays: 3 } };
    const bad = { ...linshan, delivery: { noLoanReplyWorkingDays: 0 } };

    // Act + Assess
    expect(deliveryConfig(shorter).deadlines).toMatchObject({
      decisionCalendarDays: 20,
      noLoanReplyWorkingDays: 3,
    });
    expect(() => deliveryConfig(bad)).toThrow(CityConfigError);
    expect(() => deliveryConfig(bad)).toThrow(/delivery\.noLoanReplyWorkingDays/);
  });

  it('retries webhooks for more than a day before parking (issue: "over at least a day")', () => {
    // The nominal waits after attempts 1–7 sum to 31 h 35 min 5 s; the lowest jitter (−20 %) still gives > 25 h.
    const nominal = defaultRetryPolicy.delaysSeconds.reduce((a, b) => a + b, 0);
    expect(nominal).toBe(31 * 3600 + 35 * 60 + 5);
    expect(nominal * (1 - defaultRetryPolicy.jitterRatio)).toBeGreaterThan(24 * 3600);
  });
});
