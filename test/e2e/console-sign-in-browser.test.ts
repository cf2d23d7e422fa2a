import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalOidcProvider } from '@sme/local';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * A person signs in to the console through the local OpenID provider's own sign-in page (authorization
 * code flow with PKCE, issue 19), in Debian's Chromium against the real local stack, offline but for the
 * loopback (the stack's gateway and its provider). Beside console-browser.test.ts, which signs in with keys.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repo = join(import.meta.dirname, '..', '..');
const shots = join(repo, 'docs', 'console');

let t: TestStack;
let oidc: LocalOidcProvider;
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
  if (!t.stack.oidc) throw new Error('the local stack started no OpenID provider');
  oidc = t.stack.oidc;
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

/** The console in a fresh context; requests anywhere but the stack and its provider are aborted and listed. */
async function open(): Promise<{ page: Page; outside: string[]; problems: string[]; bearerCalls: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const allowed = new Set([origin, new URL(oidc.issuer).origin]);
  const outside: string[] = [];
  const problems: string[] = [];
  const bearerCalls: string[] = [];
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'data:' || allowed.has(url.origin)) {
      if (
        url.origin === origin &&
        url.pathname.startsWith('/v1/') &&
        request.headers().authorization?.startsWith('Bearer ')
      )
        bearerCalls.push(`${request.method()} ${url.pathname}`);
      return route.continue();
    }
    outside.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/console`);
  return { page, outside, problems, bearerCalls };
}

async function seen(page: Page, selector: string, hasText?: string) {
  const locator = page.locator(selector, hasText ? { hasText } : {}).first();
  await locator.waitFor({ timeout: 20_000 }).catch(async (e) => {
    throw new Error(`${e}\n${page.url()}\n${await page.locator('body').textContent()}`);
  });
  return locator;
}

describe('/console: people sign in with OpenID Connect', () => {
  it("an office person signs in on the provider's page and sees their name; the console calls the API with their token", async () => {
    // Prepare
    const person = oidc.people.find((p) => p.username === 'office');
    if (!person) throw new Error('no demo office person');
    const { page, outside, problems, bearerCalls } = await open();
    // Act: the console's button leads to the provider's sign-in page; the person types and presses Enter
    await (await seen(page, '[data-test=oidc-sign-in]')).click();
    await seen(page, '#username');
    expect(new URL(page.url()).origin).toBe(new URL(oidc.issuer).origin);
    await page.locator('#username').fill(person.username);
    await page.locator('#password').fill(person.password);
    // Listen before pressing Enter: the console's first API call can answer before the name is on screen
    const apiAnswered = page.waitForResponse((r) => r.url().includes('/v1/') && r.status() === 200, {
      timeout: 40_000,
    });
    await page.keyboard.press('Enter');
    // Assess: back on the console, signed in as the person, the code gone from the address bar
    const name = await seen(page, '[data-test=person]');
    expect((await name.textContent())?.trim()).toBe('王敏（协调办）');
    expect(page.url()).toBe(`${origin}/console`);
    await seen(page, '[data-test=sign-out]');
    await apiAnswered;
    expect(bearerCalls.length).toBeGreaterThan(0);
    expect(await page.locator('[data-test=problems]').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(shots, 'sign-in-person.png') });
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    // Signing out forgets the person: the sign-in button is back
    await page.locator('[data-test=sign-out]').click();
    await seen(page, '[data-test=oidc-sign-in]');
    expect(await page.locator('[data-test=person]').count()).toBe(0);
  });

  it("a wrong password stays on the provider's page with the reason, and nobody is signed in", async () => {
    const { page, outside } = await open();
    await (await seen(page, '[data-test=oidc-sign-in]')).click();
    await seen(page, '#username');
    await page.locator('#username').fill('office');
    await page.locator('#password').fill('wrong-password');
    await page.keyboard.press('Enter');
    const alert = await seen(page, '[role=alert]');
    expect(await alert.textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).origin).toBe(new URL(oidc.issuer).origin);
    expect(outside).toEqual([]);
  });
});
