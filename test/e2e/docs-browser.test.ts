import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * /docs as a person sees it: Debian's Chromium (scripts/ensure-chromium.sh, run by `./dev test`) loads the
 * page from the real local stack and the test reads what the renderer drew. The browser is offline but for
 * the loopback: every host name fails to resolve and any request off 127.0.0.1 is aborted and reported, so
 * a CDN script, a web font or telemetry would fail the test. Screenshots go to .tmp/docs-browser/.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outputDir = join(import.meta.dirname, '..', '..', '.tmp', 'docs-browser');

let t: TestStack;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: run scripts/ensure-chromium.sh (./dev test does) or set CHROMIUM_PATH`,
    );
  }
  mkdirSync(outputDir, { recursive: true });
  t = await startTestStack();
  origin = new URL(t.stack.baseUrl).origin;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await t?.stack.stop();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every request the page made (documents, scripts, fetches, workers). */
  requests: string[];
  /** Requests that went, or would have gone, off the loopback. */
  outside: string[];
  /** Console errors, page errors and failed requests (a CSP violation is a console error). */
  problems: string[];
}

async function visit(locale: string): Promise<Visit> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const v: Visit = { context, page: await context.newPage(), requests: [], outside: [], problems: [] };
  const local = (url: string) =>
    url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    v.outside.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => v.requests.push(request.url()));
  v.page.on('console', (message) => {
    if (message.type() === 'error') v.problems.push(`console: ${message.text()}`);
  });
  v.page.on('pageerror', (error) => v.problems.push(`page error: ${error.message}`));
  context.on('requestfailed', (request) => {
    if (local(request.url())) v.problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return v;
}

const operationCount = (document: { paths: Record<string, object> }) =>
  Object.values(document.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);

describe('/docs in a browser', () => {
  it('renders every tag with its operations, schemas and examples, from local files only (en)', async () => {
    // Prepare
    const document = await json(fetch(`${origin}/openapi.json`));
    const tags = (document.tags as { name: string }[]).map((tag) => tag.name);
    const v = await visit('en-US');
    const { page } = v;

    // Act
    await page.goto(`${origin}/docs`);
    // Scalar's sidebar: one link per tag to the tag's section, opening to the tag's operations.
    const sidebar = page.locator('aside').filter({ has: page.locator('a[href^="#tag/"]') });

    // Assert: the language and the grouping by tag
    const search = page.getByRole('button', { name: 'Open Search' });
    await search.waitFor({ timeout: 20_000 });
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    for (const tag of tags) {
      expect(await sidebar.getByRole('link', { name: tag, exact: true }).count(), `sidebar tag ${tag}`).toBe(
        1,
      );
    }
    await sidebar.getByRole('link', { name: 'matching', exact: true }).click();
    const matching = page.locator('[id$="/tag/matching"]');
    await matching.getByRole('heading', { name: 'matching' }).waitFor();
    // The tag's section lists its operations, each as method and path.
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const [method, path] of [
      ['POST', '/v1/declarations'],
      ['POST', '/v1/declarations/{declarationId}/sign-off'],
      ['POST', '/v1/push-batches/{batchId}/confirm'],
    ] as const) {
      await expect
        .poll(() => matching.textContent())
        .toMatch(new RegExp(`${method}\\s*${literal(path)}(?!/)`, 'i'));
    }

    // Assert: one operation with its body schema, a request example and a response example
    await sidebar.getByRole('link', { name: /^Record a declaration/ }).click();
    const operation = page.locator('section[id$="/tag/matching/POST/v1/declarations"]');
    await operation.waitFor();
    await expect.poll(() => operation.getByText('Permission:').count()).toBeGreaterThan(0);
    const body = await operation.textContent();
    for (const field of ['uscc', 'demand', 'visit', 'contact']) expect(body).toContain(field);
    expect(body).toMatch(/required/);
    const example = operation.locator('.request-card');
    await expect.poll(() => example.textContent(), { timeout: 10_000 }).toContain('curl');
    const exampleText = await example.textContent();
    expect(exampleText).toContain('/v1/declarations');
    expect(exampleText).toContain('"uscc"');
    expect(body).toContain('"state": "DECLARED"');
    expect(await sidebar.getByRole('link', { name: 'Schemas', exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(outputDir, 'docs-operation-en.png') });

    // Assert: search finds an operation by its Chinese words
    await search.click();
    await page.keyboard.type('推荐清单');
    const results = page.getByRole('dialog', { name: 'Search' });
    await expect.poll(() => results.textContent(), { timeout: 10_000 }).toContain('/v1/recommendations');
    await page.screenshot({ path: join(outputDir, 'docs-search-en.png') });

    // Assert: nothing but this origin was asked for, nothing failed
    expect(v.outside).toEqual([]);
    expect(v.problems).toEqual([]);
    expect(v.requests.map((u) => new URL(u).pathname).sort()).toEqual(
      expect.arrayContaining([
        '/docs',
        '/openapi.json',
        expect.stringMatching(/^\/docs\/assets\/scalar-api-reference-/),
      ]),
    );
    expect(operationCount(document)).toBeGreaterThan(50);
    await v.context.close();
  }, 90_000);

  it('speaks Chinese to a Chinese browser, and links the guide, whose links all answer (zh-CN)', async () => {
    // Prepare
    const v = await visit('zh-CN');
    const { page } = v;

    // Act
    await page.goto(`${origin}/docs`);
    await page.getByRole('button', { name: '打开搜索' }).waitFor({ timeout: 20_000 });
    await page.getByText('下载 OpenAPI 文档').first().waitFor();
    await page.screenshot({ path: join(outputDir, 'docs-zh-CN.png') });
    await page.locator('aside').getByRole('link', { name: 'matching', exact: true }).click();
    await page
      .locator('aside')
      .getByRole('link', { name: /^Record a declaration/ })
      .click();
    const operation = page.locator('section[id$="/tag/matching/POST/v1/declarations"]');
    await expect.poll(() => operation.textContent(), { timeout: 10_000 }).toContain('必填');
    await page.screenshot({ path: join(outputDir, 'docs-operation-zh-CN.png') });
    await page.getByRole('link', { name: '使用指南 Guide' }).click();
    await page.waitForURL(`${origin}/docs/guide`);

    // Assert: the language and the guide's generated tables
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    const guide = await page.locator('main').textContent();
    expect(guide).toContain('角色与权限 Roles and permissions');
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(6);
    expect(guide).toMatch(/declaration:sign-off\s*POST \/v1\/declarations\/\{declarationId\}\/sign-off/);
    expect(guide).toContain('/problems/precondition-failed');
    await page.screenshot({ path: join(outputDir, 'guide.png'), fullPage: false });

    // Assert: every link of the guide on this site answers, and leads to no other origin
    const links = await page
      .locator('main a[href]')
      .evaluateAll((anchors) => anchors.map((a) => (a as unknown as { href: string }).href));
    const pages = [...new Set(links.map((href) => href.split('#')[0] ?? href))];
    expect(pages).toEqual(expect.arrayContaining([`${origin}/docs`, `${origin}/docs/guide/policy-rules`]));
    for (const href of pages) {
      expect(new URL(href).origin, href).toBe(origin);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    await page.getByRole('link', { name: '政策规则 Policy rules' }).click();
    await page.waitForURL(`${origin}/docs/guide/policy-rules`);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(v.outside).toEqual([]);
    expect(v.problems).toEqual([]);
    await v.context.close();
  }, 90_000);
});
