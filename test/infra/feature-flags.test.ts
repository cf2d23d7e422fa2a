import { readFileSync } from 'node:fs';
import { FeatureFlags } from 'aws-cdk-lib';
import { CURRENTLY_RECOMMENDED_FLAGS, FLAGS } from 'aws-cdk-lib/cx-api';
import { describe, expect, it, vi } from 'vitest';
import { flagDeviations } from '../../infra/lib/feature-flags.ts';
import { cdkJsonContext, synthStack } from './synth.ts';

// Synthesises the whole city (~25 s alone, far more on a shared, loaded machine); see cdk-nag.test.ts.
vi.setConfig({ testTimeout: 180_000 });

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

describe('CDK feature flags (issue 20)', () => {
  it('sets every flag the installed aws-cdk-lib recommends, to its recommended value, as `cdk init` would', () => {
    const recommended = Object.entries(CURRENTLY_RECOMMENDED_FLAGS);
    expect(recommended.length).toBeGreaterThan(80);
    for (const [flag, value] of recommended) {
      const deviation = flagDeviations[flag];
      expect(cdkJson.context[flag], flag).toEqual(deviation ? deviation.value : value);
    }
  });

  it('deviates from a recommendation only with a reason, and only where the value differs', () => {
    const recommended: Record<string, unknown> = CURRENTLY_RECOMMENDED_FLAGS;
    for (const [flag, { value, reason }] of Object.entries(flagDeviations)) {
      expect(recommended[flag], flag).not.toEqual(value);
      expect(reason.length, flag).toBeGreaterThan(40);
    }
  });

  it('sets no flag the library does not know (a typo would silently do nothing)', () => {
    const settings = new Set(['city', 'cli-telemetry']);
    for (const key of Object.keys(cdkJson.context)) {
      if (!settings.has(key)) expect(FLAGS[key], key).toBeDefined();
    }
  });

  it("synthesizes the tests' stacks with cdk.json's flags, so the tests see what `cdk deploy` ships", () => {
    expect(cdkJsonContext['@aws-cdk/aws-iam:minimizePolicies']).toBe(true);
    const { stack } = synthStack();
    expect(FeatureFlags.of(stack).isEnabled('@aws-cdk/aws-iam:minimizePolicies')).toBe(true);
    expect(FeatureFlags.of(stack).isEnabled('@aws-cdk/core:explicitStackTags')).toBe(true);
  });
});
