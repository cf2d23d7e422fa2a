import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { createCityApp } from '../../infra/lib/index.ts';
import { demoCity, testOutdir } from './synth.ts';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes linshan with `change` applied into a fresh cities dir. */
function citiesDirWith(change: (city: typeof demoCity) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sme-city-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'linshan.json'), JSON.stringify(change(structuredClone(demoCity))));
  return dir;
}

const appFor = (context: Record<string, unknown>) =>
  new App({
    outdir: testOutdir(),
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });

const elevenDigitAccount = (city: typeof demoCity) => ({
  ...city,
  banks: city.banks.map((b, i) =>
    i === 0 ? { ...b, delivery: { kind: 'sqs', accountId: '11111111111' } } : b,
  ),
});

describe('Function: createCityApp', () => {
  it('refuses a bank delivery account id of 11 digits, naming the field', () => {
    // Prepare
    const citiesDir = citiesDirWith(elevenDigitAccount);

    // Act
    const build = () => createCityApp(appFor({ city: 'linshan', citiesDir }));

    // Assess
    expect(build).toThrow(/banks\.0\.delivery\.accountId: AWS account id must be 12 digits/);
  });

  it('refuses an agency that speaks for a township the city does not have', () => {
    // Prepare
    const citiesDir = citiesDirWith((city) => ({
      ...city,
      agencies: [
        ...city.agencies,
        { id: 'ls-ghost-tn', name: '不存在镇', kind: 'township', townships: ['999101009'] },
      ],
    }));
    const index = demoCity.agencies.length;

    // Act
    const build = () => createCityApp(appFor({ city: 'linshan', citiesDir }));

    // Assess
    expect(build).toThrow(new RegExp(`agencies\\.${index}\\.townships\\.0: unknown township 999101009`));
  });

  it('fails synthesis on a bad service section of the city file, naming the field', () => {
    // Prepare: each service validates its own section (delivery, subsidy …) before anything is built.
    const citiesDir = citiesDirWith((city) => ({ ...city, delivery: { decisionCalendarDays: 0 } }));

    // Act
    const build = () => createCityApp(appFor({ city: 'linshan', citiesDir }));

    // Assess
    expect(build).toThrow(/delivery\.decisionCalendarDays/);
  });

  it('asks for the city when the context has none', () => {
    // Act
    const build = () => createCityApp(appFor({}));

    // Assess
    expect(build).toThrow(/Missing context "city"/);
  });

  it('deploys to the account and region of the city config', () => {
    // Prepare
    const citiesDir = citiesDirWith((city) => ({
      ...city,
      deployment: { account: '123456789012', region: 'cn-northwest-1', logRetentionDays: 30 },
    }));

    // Act
    const stack = createCityApp(appFor({ city: 'linshan', citiesDir }));

    // Assess
    expect(stack.stackName).toBe('sme-linshan');
    expect(stack.account).toBe('123456789012');
    expect(stack.region).toBe('cn-northwest-1');
  });
});

describe('infra/bin/app.ts', () => {
  it('exits 1 and prints the bad field, without a stack trace, for an invalid city file', async () => {
    // Prepare
    const citiesDir = citiesDirWith(elevenDigitAccount);
    const env = { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ city: 'linshan', citiesDir }) };

    // Act
    const result = await run(process.execPath, [join(repoRoot, 'infra', 'bin', 'app.ts')], {
      cwd: repoRoot,
      env,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

    // Assess
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('banks.0.delivery.accountId: AWS account id must be 12 digits');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
