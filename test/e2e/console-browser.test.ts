import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { shanghaiDate } from '@sme/kernel';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * The office console (/console, packages/console) in Debian's Chromium against the real local stack, offline
 * but for the loopback as in docs-browser.test.ts. The console is built first if its sources changed.
 * Screenshots go to docs/console/.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repo = join(import.meta.dirname, '..', '..');
const shots = join(repo, 'docs', 'console');

let t: TestStack;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run scripts/ensure-chromium.sh or set CHROMIUM_PATH`);
  }
  execFileSync(process.execPath, [join(repo, 'packages', 'console', 'scripts', 'ensure-built.ts')], {
    stdio: 'inherit',
  });
  mkdirSync(shots, { recursive: true });
  t = await startTestStack();
  origin = new URL(t.stack.baseUrl).origin;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.stack.stop();
});

async function open(): Promise<{ page: Page; outside: string[]; problems: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const outside: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => {
    // A 401/403 answer the console shows is expected; anything else (a CSP violation) is not.
    if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/console`);
  return { page, outside, problems };
}

async function signIn(page: Page, apiKey: string) {
  await page.locator('#api-key').fill(apiKey);
  await page.keyboard.press('Enter');
}

describe('/console in a browser', () => {
  it('an office (coordinator) user signs in with the keyboard and sees a screened declaration with its screening reasons', async () => {
    // Prepare: the agency registers an enterprise and records its declaration, screened at once
    const uscc = '91999101MA7G2KX5R0';
    const registered = await t.call('agency', 'PUT', `/v1/enterprises/${uscc}`, {
      name: '临山精工机械有限公司',
      entityType: 'enterprise',
      township: '999101002',
      industryCode: 'C3420',
      employees: 30,
      annualRevenueYuan: 5_000_000,
      hasFixedPremises: true,
    });
    expect(registered.status).toBe(201);
    await t.stack.idle();
    const declaration = await json(
      t.call('agency', 'POST', '/v1/declarations', {
        uscc,
        demand: {
          amountFen: 200_000_000,
          termMonths: 12,
          purpose: 'working-capital',
          purposeDetail: '采购原材料',
          guaranteeType: 'mortgage',
        },
        visit: {
          visitedBy: '青石镇金融专员 王敏',
          visitedOn: shanghaiDate(new Date()),
          place: '企业生产车间',
        },
        contact: { name: '李娜', phone: '13800138000' },
      }),
    );
    expect(declaration.state).toBe('SCREENED');
    const { page, outside, problems } = await open();

    // Act: an empty key first (the field's error is shown), then the office's key
    await page.getByRole('button', { name: '登录' }).click();
    const emptyError = await page.getByRole('alert').innerText();
    await signIn(page, t.clients.coordinator?.apiKey ?? '');
    const row = page.locator('[data-test=declarations] .el-table__row', { hasText: uscc });
    await row.waitFor().catch(async (e) => {
      throw new Error(`${e}\n${await page.locator('body').innerText()}`);
    });
    await row.locator('.el-table__expand-icon').click();
    const reasons = page.locator('.reasons li');
    await reasons.first().waitFor();
    await page.screenshot({ path: join(shots, 'office-declarations.png'), fullPage: true });

    // Assert
    expect(emptyError).toContain('apiKey: 请输入 API 密钥');
    expect(await row.innerText()).toContain('已筛查');
    const criteria = (declaration.screening.criteria as { label: string; reason: string }[]).map(
      (c) => c.label,
    );
    expect(criteria.length).toBeGreaterThan(0);
    for (const label of criteria) expect(await page.locator('.reasons').innerText()).toContain(label);
    expect(await page.evaluate(() => sessionStorage.getItem('sme-console-api-key'))).toBe(
      t.clients.coordinator?.apiKey,
    );
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('a wrong key gets the API’s problem shown, and nothing is listed', async () => {
    // Prepare
    const { page, outside } = await open();

    // Act
    await signIn(page, 'not-a-key');
    const alert = page.getByRole('alert');
    await alert.waitFor();

    // Assert
    expect(await page.locator('[data-test=declarations] .el-table__row').count()).toBe(0);
    expect((await alert.innerText()).length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  }, 60_000);

  it('a bank user signs in and opens its push inbox', async () => {
    // Prepare
    const { page, outside, problems } = await open();

    // Act
    await signIn(page, t.clients.bank?.apiKey ?? '');
    await page.getByRole('tab', { name: '推送收件箱' }).click();
    await page.locator('[data-test=pushes]').waitFor();
    await page.screenshot({ path: join(shots, 'bank-inbox.png'), fullPage: true });

    // Assert: no push has been made in this stack, so the inbox is empty and says so
    expect(await page.locator('[data-test=pushes]').innerText()).toContain('暂无数据');
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
