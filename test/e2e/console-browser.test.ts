import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmByDepartments } from '../support/declarations.ts';
import { apiKeysFor, json, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * The office console (/console, packages/console) in Debian's Chromium against the real local stack, offline
 * but for the loopback as in docs-browser.test.ts. The console is built first if its sources changed.
 * Screenshots go to docs/console/.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repo = join(import.meta.dirname, '..', '..');
const shots = join(repo, 'docs', 'console');
// axe-core's own script, evaluated in the page: addScriptTag would add an inline script, which the
// console's CSP (script-src 'self') rightly refuses; evaluation through the DevTools protocol is not a page script.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
    // A 4xx answer the console shows (a wrong key, a field the API refused) is expected; anything else
    // (a CSP violation, a 5xx) is not.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/console`);
  return { page, outside, problems };
}

async function signIn(page: Page, apiKey: string) {
  await page.locator('#api-key').fill(apiKey);
  await page.keyboard.press('Enter');
}

/** Signs out (if signed in) and in again with another key, on the same page. */
async function switchTo(page: Page, apiKey: string) {
  const out = page.locator('[data-test=sign-out]');
  if (await out.isVisible()) await out.click();
  await signIn(page, apiKey);
}

/**
 * axe-core's checks on the page as it stands (WCAG 2.x A/AA and best practice), from node_modules:
 * the serious and critical violations, each as "rule: target".
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    // Runs in the page (the test's tsconfig has no DOM types): the whole document, violations only.
    const { axe, document } = globalThis as unknown as {
      axe: { run: (context: unknown, options: unknown) => Promise<unknown> };
      document: unknown;
    };
    return (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    };
  });
  return found.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Waits for a locator, or fails showing what the page says instead. */
async function seen(page: Page, selector: string, hasText?: string) {
  const locator = page.locator(selector, hasText ? { hasText } : {}).first();
  await locator.waitFor({ timeout: 15_000 }).catch(async (e) => {
    throw new Error(`${e}\n${await page.locator('body').innerText()}`);
  });
  return locator;
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
    const signInA11y = await seriousViolations(page);
    await page.getByRole('button', { name: '登录', exact: true }).click();
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
    const screeningA11y = await seriousViolations(page);

    // Assert
    expect({ signInA11y, screeningA11y }).toEqual({ signInA11y: [], screeningA11y: [] });
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

  // The office flow's declaration and its pushes, for the bank and dashboard tests that follow it.
  const flow = {
    uscc: demoUscc('999101', 'MC0000019'),
    declarationId: '',
    batchId: '',
    pushes: {} as Record<string, string>,
  };

  it('office: the township reviews, the convenor signs off, the coordinator previews each rule’s reason, overrides the caution with a reason and confirms the batch', async () => {
    // Prepare: an individual business with 500万元 of credit from three banks (partner-bank caution, seed 002
    // §(七)) asks for an unsecured loan from a fourth bank, 城商行.
    const registered = await t.call('agency', 'PUT', `/v1/enterprises/${flow.uscc}`, {
      name: '临山市青石五金经营部',
      entityType: 'individual-business',
      township: '999101002',
      industryCode: 'C3420',
      employees: 30,
      annualRevenueYuan: 5_000_000,
      hasFixedPremises: true,
      lendingBanks: ['bank-gs', 'bank-nh', 'bank-ls-rural'],
    });
    expect(registered.status).toBe(201);
    await t.stack.idle();
    const declared = await json(
      t.call('agency', 'POST', '/v1/declarations', {
        uscc: flow.uscc,
        demand: {
          amountFen: 200_000_000,
          termMonths: 12,
          purpose: 'working-capital',
          purposeDetail: '采购原材料',
          guaranteeType: 'credit',
          creditLoanWanted: true,
          preferredBankIds: ['bank-city'],
        },
        currentCreditFen: 500_000_000,
        visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: shanghaiDate(new Date()), place: '经营门店' },
        contact: { name: '李娜', phone: '13800138000' },
        wishes: '希望由城商行对接',
      }),
    );
    flow.declarationId = declared.id;
    const township = (await apiKeysFor(t, ['ls-qingshi-tn']))['ls-qingshi-tn'] ?? '';
    const { page, outside, problems } = await open();

    // Act 1: the township (青石镇) submits with nothing ticked, then attests need and purpose.
    await signIn(page, township);
    const row = await seen(page, '[data-test=declarations] .el-table__row', flow.uscc);
    await row.locator('[data-test=review]').click();
    await page.locator('[data-test=submit-review]').click();
    const nothingTicked = await (
      await seen(page, '[data-test=review-form] .el-form-item__error')
    ).innerText();
    await page.locator('[data-test=opinion-genuine-need]').click();
    await page.getByLabel('真实融资需求的说明').fill('走访核实订单');
    await page.locator('[data-test=opinion-lawful-purpose]').click();
    const reviewA11y = await seriousViolations(page);
    await page.locator('[data-test=submit-review]').click();
    await page
      .locator('[data-test=review-form]')
      .waitFor({ state: 'hidden', timeout: 15_000 })
      .catch(async (e) => {
        throw new Error(`${e}\n${await page.locator('body').innerText()}`);
      });
    // The tax bureau and the competent department (other organisations) review over the API.
    const reviewed = await confirmByDepartments(t, flow.declarationId);

    // Act 2: the convenor (召集人) finds it under 已审核 and signs it off.
    await switchTo(page, t.clients.convenor?.apiKey ?? '');
    await page.locator('[data-test=state]').click();
    await page.getByRole('option', { name: '已审核' }).click();
    const reviewedRow = await seen(page, '[data-test=declarations] .el-table__row', flow.uscc);
    await reviewedRow.locator('[data-test=sign-off]').click();
    await page.locator('#sign-note').fill('联席会议通过');
    await page.locator('[data-test=submit-sign-off]').click();
    await seen(page, '[data-test=declarations] [data-test=state-cell]', '已推荐');
    const declarationsA11y = await seriousViolations(page);
    await page.screenshot({ path: join(shots, 'office-sign-off.png'), fullPage: true });

    // Act 3: the coordinator previews; the caution keeps 城商行 out, with its rule and reason.
    await switchTo(page, t.clients.coordinator?.apiKey ?? '');
    await page.getByRole('tab', { name: '推荐清单与推送' }).click();
    const recommended = await seen(page, '[data-test=recommendations] .el-table__row', flow.uscc);
    await recommended.locator('.el-checkbox').click();
    await page.locator('[data-test=preview]').click();
    const entry = await seen(page, `[data-test="entry-${flow.uscc}"]`);
    const previewText = await entry.innerText();
    const excludedCity = await (
      await seen(page, `[data-test="excluded-${flow.uscc}"] .el-table__row`, 'bank-city')
    ).innerText();
    // Adding it without a reason: the API's 422 is shown beside the note field, and nothing is lost.
    await page.locator('[data-test=add-bank-city]').click();
    await page.locator('[data-test=preview-again]').click();
    const noteError = await (await seen(page, '[data-test=adjustments] .el-form-item__error')).innerText();
    const note = '企业书面申请由城商行对接（见申报表意愿栏）';
    await page.locator('[data-test=adjust-note-0]').fill(note);
    await page.locator('[data-test=preview-again]').click();
    const addedCity = await (
      await seen(page, `[data-test="assigned-${flow.uscc}"] .el-table__row`, 'bank-city')
    ).innerText();
    const batchA11y = await seriousViolations(page);
    await page.screenshot({ path: join(shots, 'office-batch-preview.png'), fullPage: true });
    await page.locator('[data-test=create-batch]').click();
    await seen(page, '[data-test=batch-state]', '草稿');
    await page.locator('[data-test=confirm-batch]').click();
    await seen(page, '[data-test=batch-state]', '已推送');
    const pushesShown = await page.locator('[data-test=batch-pushes]').innerText();
    flow.batchId = await page.locator('[data-test=batch-id]').innerText();
    await page.screenshot({ path: join(shots, 'office-batch-confirmed.png'), fullPage: true });

    // Assert: the form kept what was typed and showed the API's field paths; the API holds the outcome.
    expect(nothingTicked).toContain('body.opinions');
    expect(reviewed.state).toBe('REVIEWED');
    expect(previewText).toContain('合作银行审慎');
    expect(excludedCity).toContain('规则6 · partner-bank-caution（排除）');
    expect(noteError).toContain('body.adjustments.0');
    expect(noteError).toContain('note');
    expect(addedCity).toContain('coordinator-added');
    expect(addedCity).toContain(note);
    const pushed = await json(t.call('coordinator', 'GET', `/v1/declarations/${flow.declarationId}`));
    const batch = await json(t.call('coordinator', 'GET', `/v1/push-batches/${flow.batchId}`));
    expect(pushed.state).toBe('PUSHED');
    expect(batch.state).toBe('CONFIRMED');
    const banks = pushed.push.banks as { bankId: string; pushId: string }[];
    expect(banks.map((b) => b.bankId)).toContain('bank-city');
    expect(pushesShown).toBe(String(banks.length));
    expect(
      batch.enterprises[0].assignedBanks.find((b: { bankId: string }) => b.bankId === 'bank-city').reasons,
    ).toContainEqual(expect.objectContaining({ code: 'coordinator-added', detail: note }));
    flow.pushes = Object.fromEntries(banks.map((b) => [b.bankId, b.pushId]));
    expect({ reviewA11y, declarationsA11y, batchA11y }).toEqual({
      reviewA11y: [],
      declarationsA11y: [],
      batchA11y: [],
    });
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  it('bank: sees only its own pushes, opens the push card and reports contact, complete materials and an approval', async () => {
    // Prepare: the demo bank client is 工商银行 (bank-gs, the existing lender); 城商行 (bank-city) was pushed
    // the same enterprise in the same batch.
    await t.stack.idle();
    const own = flow.pushes['bank-gs'] ?? '';
    const other = flow.pushes['bank-city'] ?? '';
    const cityKey = (await apiKeysFor(t, ['bank-city']))['bank-city'] ?? '';
    expect(own).not.toBe('');
    expect(other).not.toBe('');
    const { page, outside, problems } = await open();

    // Act: the inbox, the card, three progress reports through the form (one with a bad rate first).
    await signIn(page, t.clients.bank?.apiKey ?? '');
    await page.getByRole('tab', { name: '推送收件箱' }).click();
    const row = await seen(page, '[data-test=pushes] .el-table__row', own);
    const listed = await page.locator('[data-test=pushes] .el-table__row').allInnerTexts();
    await page.screenshot({ path: join(shots, 'bank-inbox.png'), fullPage: true });
    const inboxA11y = await seriousViolations(page);
    await row.locator('[data-test=open-card]').click();
    const name = await (await seen(page, '[data-test=card-name]')).innerText();
    const amount = await page.locator('[data-test=card-amount]').innerText();
    const reasons = await page.locator('[data-test=card-reasons]').innerText();
    const choose = async (label: string) => {
      await page.locator('[data-test=progress-type]').click();
      await page.getByRole('option', { name: label }).click();
    };
    await page.locator('[data-test=submit-progress]').click(); // contacted, today
    await seen(page, '[data-test=drawer-status]', '已对接');
    await choose('材料齐全');
    await page.locator('[data-test=submit-progress]').click();
    await seen(page, '[data-test=drawer-status]', '材料齐全');
    await choose('审批通过');
    await page.locator('[data-test=progress-amount]').fill('150');
    await page.locator('[data-test=progress-rate]').fill('3.655555');
    await page.locator('[data-test=submit-progress]').click();
    const rateError = await (await seen(page, '[data-test=progress-form] .el-form-item__error')).innerText();
    const keptAmount = await page.locator('[data-test=progress-amount]').inputValue();
    await page.locator('[data-test=progress-rate]').fill('3.65');
    await page.locator('[data-test=submit-progress]').click();
    await seen(page, '[data-test=drawer-status]', '已审批');
    const cardA11y = await seriousViolations(page);
    await page.locator('[data-test=card]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'bank-push-card.png'), fullPage: true });

    // Assert: only the bank's own pushes are listed; the approval is recorded as typed.
    const api = await json(t.call('bank', 'GET', '/v1/bank/pushes'));
    expect(listed).toHaveLength(api.items.length);
    expect(listed.join('\n')).toContain(own);
    expect(listed.join('\n')).not.toContain(other);
    expect(name).toBe('临山市青石五金经营部');
    expect(amount).toBe('200');
    expect(reasons).toContain('existing-lender');
    expect(rateError).toContain('body.annualRatePercent');
    expect(keptAmount).toBe('150');
    const recorded = await json(t.call('bank', 'GET', `/v1/bank/pushes/${own}`));
    expect(recorded.status).toBe('APPROVED');
    expect(recorded.history.map((h: { type: string }) => h.type)).toEqual([
      'contacted',
      'materials-complete',
      'approved',
    ]);
    expect(recorded.progress.approval).toMatchObject({
      amountFen: 150_000_000,
      annualRatePercent: '3.65',
      termMonths: 12,
      creditLoan: false,
    });
    const untouched = await t.call(undefined, 'GET', `/v1/bank/pushes/${other}`, undefined, {
      'x-api-key': cityKey,
    });
    expect((await json(untouched)).status).toBe('PUSHED');
    expect({ inboxA11y, cardA11y }).toEqual({ inboxA11y: [], cardA11y: [] });
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('dashboard: the figures per township, industry and bank equal the API’s', async () => {
    // Prepare: the approval above has reached the monitoring projections.
    await t.stack.idle();
    const { page, outside, problems } = await open();

    // Act
    await signIn(page, t.clients.coordinator?.apiKey ?? '');
    await page.getByRole('tab', { name: '驾驶舱' }).click();
    await seen(page, '[data-test=groups-industry] .el-table__row');
    const [from, to] = (await page.locator('[data-test=range]').innerText()).split(' 至 ');
    const shown: Record<string, string> = {};
    for (const key of ['declared', 'pushed', 'approved', 'approvedAmount', 'deadlineBreaches']) {
      shown[key] = await page.locator(`[data-test=total-${key}]`).innerText();
    }
    const rows: Record<string, string[]> = {};
    for (const groupBy of ['industry', 'township', 'bank']) {
      await page
        .getByRole('tab', {
          name: { industry: '按行业', township: '按乡镇（街道）', bank: '按银行' }[groupBy],
        })
        .click();
      await seen(page, `[data-test=groups-${groupBy}] .el-table__row`);
      rows[groupBy] = await page.locator(`[data-test=groups-${groupBy}] .el-table__row`).allInnerTexts();
    }
    const dashboardA11y = await seriousViolations(page);
    await page.screenshot({ path: join(shots, 'office-dashboard.png'), fullPage: true });

    // Assert: the same endpoint, the same range, the same numbers.
    const summary = async (groupBy: string) =>
      json(t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${from}&to=${to}&groupBy=${groupBy}`));
    const township = await summary('township');
    expect(township.totals.approved.count).toBeGreaterThanOrEqual(1);
    expect(shown).toEqual({
      declared: String(township.totals.declared),
      pushed: String(township.totals.pushed),
      approved: String(township.totals.approved.count),
      approvedAmount: (Number(township.totals.approved.amountFen) / 1_000_000).toLocaleString('zh-CN', {
        maximumFractionDigits: 2,
      }),
      deadlineBreaches: String(township.totals.deadlineBreaches),
    });
    for (const groupBy of ['industry', 'township', 'bank']) {
      const api = await summary(groupBy);
      const expected = api.groups.map(
        (g: { label: string; measures: { declared: number; pushed: number; approved: { count: number } } }) =>
          [g.label, g.measures.declared, g.measures.pushed, g.measures.approved.count].join(' '),
      );
      const cells = (rows[groupBy] ?? []).map((r) =>
        r
          .split(/\t|\n/)
          .map((c) => c.trim())
          .filter(Boolean),
      );
      // Columns: name, 申报, 列入推荐清单, 推送, 已对接, 授信 …
      expect(cells.map((c) => [c[0], c[1], c[3], c[5]].join(' '))).toEqual(expected);
    }
    expect(dashboardA11y).toEqual([]);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);
});
