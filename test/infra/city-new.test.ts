import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { physicalName } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthWithNag } from './synth.ts';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '..', '..');
const citiesDir = mkdtempSync(join(tmpdir(), 'sme-city-new-'));
afterAll(() => rmSync(citiesDir, { recursive: true, force: true }));

/** `./dev city …` as an operator runs it: exit code, stdout and stderr. */
async function devCity(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(join(repoRoot, 'dev'), ['city', ...args], { cwd: repoRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

const file = join(citiesDir, 'demo2.json');
let created: Awaited<ReturnType<typeof devCity>>;
beforeAll(async () => {
  created = await devCity('new', '--id', 'demo2', '--name', '示范市', '--dir', citiesDir);
}, 120_000);

describe('./dev city new (issue 20)', () => {
  it('writes <dir>/demo2.json, formatted as biome formats it, and prints the placeholders and next steps', () => {
    // Assess
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Wrote ${file}`);
    expect(created.stdout).toContain('deployment.alarmEmail: todo-alarms@example.invalid');
    expect(created.stdout).toContain('banks.0.delivery.accountId: 000000000000');
    expect(created.stdout).toContain(`./dev city check demo2 --dir ${citiesDir}`);
    expect(created.stdout).toContain(`cdk synth -c city=demo2 -c citiesDir=${citiesDir}`);
    expect(created.stdout).toContain('docs/runbook.md');
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ $schema: './city.schema.json', id: 'demo2', name: '示范市' });
    // Biome's JSON style (short arrays on one line), so a committed city file passes `./dev test`'s lint.
    expect(text).toContain('"convenors": ["demo2-convenor", "demo2-deputy-convenor"]');
  });

  it('synthesises the new city stack offline, cdk-nag clean, with its name, tables, bank queue and alarm address', () => {
    // Act: as `cdk synth -c city=demo2 -c citiesDir=<dir>` builds it (throws on a cdk-nag finding).
    const { stack, template } = synthWithNag({ context: { city: 'demo2', citiesDir } });

    // Assess
    expect(stack.stackName).toBe('sme-demo2');
    expect(stack.templateOptions.description).toMatch(/^示范市: SME financing coordination platform/);
    const tables = Object.values(template.findResources('AWS::DynamoDB::Table')).map(
      (t) => (t.Properties as { TableName: string }).TableName,
    );
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.every((name) => name.startsWith('demo2-'))).toBe(true);
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: physicalName.bankQueue('demo2', 'demo2-bank-sqs'),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'todo-alarms@example.invalid',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'demo2-api' });
  }, 180_000);

  it('refuses to overwrite an existing city file and leaves it as it was', async () => {
    // Prepare
    writeFileSync(file, `${readFileSync(file, 'utf8').replace('示范市', '示范市（已编辑）')}`);
    const before = readFileSync(file, 'utf8');

    // Act
    const again = await devCity('new', '--id', 'demo2', '--name', '示范市', '--dir', citiesDir);

    // Assess
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists: refusing to overwrite it`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 120_000);

  it('refuses an invalid id naming the field, and writes nothing', async () => {
    // Act
    const bad = await devCity('new', '--id', 'Demo_2', '--name', '示范市', '--dir', citiesDir);
    const missing = await devCity('new', '--name', '示范市', '--dir', citiesDir);

    // Assess
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('id: city id: lower-case letters, digits and dashes, ≤ 21 chars');
    expect(existsSync(join(citiesDir, 'Demo_2.json'))).toBe(false);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--id is required');
  }, 120_000);
});

describe('./dev city check', () => {
  it('lists the placeholders left in a valid file, and names the bad field of an invalid one', async () => {
    // Prepare
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.id = 'broken';
    broken.banks[0].delivery.accountId = '12345';
    writeFileSync(join(citiesDir, 'broken.json'), JSON.stringify(broken));

    // Act
    const ok = await devCity('check', 'demo2', '--dir', citiesDir);
    const bad = await devCity('check', 'broken', '--dir', citiesDir);

    // Assess
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`${file} is valid.`);
    expect(ok.stdout).toMatch(/\d+ placeholder\(s\) to fill before deploying/);
    expect(ok.stdout).toContain('agencies.0.name: TODO: 示范市市场监督管理局');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('banks.0.delivery.accountId: AWS account id must be 12 digits');
  }, 120_000);
});
