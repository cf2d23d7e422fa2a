import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadCityConfig } from '@sme/kernel';
import { seedClients, seedDemoPush, seedEnterprises, startLocalStack } from '@sme/local';
import { chromium } from 'playwright-core';

/**
 * The console's benchmark row (issue 19): the initial JavaScript a browser downloads for /console (gzip, as
 * the stack serves it), and the time from navigating to /console#dashboard until the dashboard shows its
 * first figures, on the local stack with the demo data, in Debian's Chromium: a cold cache (a new browser
 * context each run) and a warm one (the same context again). Writes bench/console.md.
 *
 * Run: `./dev node packages/console/scripts/bench.ts` (CHROMIUM_PATH overrides /usr/bin/chromium).
 */
const runs = 7;
const repo = join(import.meta.dirname, '..', '..', '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath))
  throw new Error(`No Chromium at ${chromiumPath}: run scripts/ensure-chromium.sh`);
execFileSync(process.execPath, [join(import.meta.dirname, 'ensure-built.ts')], { stdio: 'inherit' });

/** The bytes on the wire for a GET with `accept-encoding: gzip` (fetch would decompress them). */
const wireBytes = (url: string) =>
  new Promise<{ bytes: number; encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ bytes: body.length, encoding: res.headers['content-encoding'], body });
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const city = loadCityConfig('linshan');
const stack = await startLocalStack({ city, port: 0, authCacheTtlSeconds: city.auth.cacheTtlSeconds });
try {
  const clients = await seedClients(city);
  await seedEnterprises(stack.baseUrl, clients.agency?.apiKey ?? '', city);
  await seedDemoPush({ baseUrl: stack.baseUrl, city, clients, idle: () => stack.idle() });
  await stack.idle();

  // Initial JavaScript: the page's module scripts and their preloads, as served (gzip).
  const page = (await wireBytes(`${stack.baseUrl}/console`)).body.toString('utf8');
  const scripts = [
    ...page.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const sizes = await Promise.all(scripts.map((src) => wireBytes(new URL(src, stack.baseUrl).href)));
  if (sizes.some((s) => s.encoding !== 'gzip')) throw new Error('a console script was not served gzip');
  const initialGzip = sizes.reduce((sum, s) => sum + s.bytes, 0);

  // Time to the dashboard's first figures: navigation start → the first total is a number.
  const browser = await chromium.launch({ executablePath: chromiumPath });
  const key = clients.coordinator?.apiKey ?? '';
  const cold: number[] = [];
  const warm: number[] = [];
  const coldLoaded: number[] = [];
  const warmLoaded: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    await context.addInitScript((k) => sessionStorage.setItem('sme-console-api-key', k), key);
    const tab = await context.newPage();
    for (const into of [cold, warm]) {
      // From a blank page each time: a second goto to the same URL and hash would not reload it.
      await tab.goto('about:blank');
      const started = performance.now();
      await tab.goto(`${stack.baseUrl}/console#dashboard`);
      await tab.waitForFunction(
        // In the page; this file has no DOM types.
        () => {
          const { document } = globalThis as unknown as {
            document: { querySelector: (s: string) => { textContent: string | null } | null };
          };
          return /^\d/.test(document.querySelector('[data-test=total-declared]')?.textContent?.trim() ?? '');
        },
        undefined,
        { timeout: 30_000 },
      );
      into.push(performance.now() - started);
      // The page's own clock: when its HTML and module script were in (DOMContentLoaded), for the breakdown.
      const loaded = await tab.evaluate(
        () =>
          // The browser's Performance (this file has Node's types, whose entry types lack 'navigation').
          (
            (
              globalThis as unknown as { performance: { getEntriesByType: (t: string) => unknown[] } }
            ).performance.getEntriesByType('navigation')[0] as
              | { domContentLoadedEventEnd?: number }
              | undefined
          )?.domContentLoadedEventEnd ?? Number.NaN,
      );
      (into === cold ? coldLoaded : warmLoaded).push(loaded);
    }
    await context.close();
  }
  await browser.close();

  // For reading the times: one /v1/monitoring/summary answer, as the dashboard asks (three at once).
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const api: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await Promise.all(
      ['industry', 'township', 'bank'].map(async (groupBy) => {
        const res = await fetch(
          `${stack.baseUrl}/v1/monitoring/summary?from=${today.slice(0, 4)}-01-01&to=${today}&groupBy=${groupBy}`,
          { headers: { 'x-api-key': key } },
        );
        if (!res.ok) throw new Error(`summary: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      }),
    );
    api.push(performance.now() - started);
  }

  const ms = (xs: number[]) =>
    `${Math.round(median(xs))} ms (runs ${xs.map((x) => Math.round(x)).join(', ')})`;
  const result = {
    bench: 'console',
    initialJavaScriptGzipBytes: initialGzip,
    scripts: scripts.map((s, i) => ({ src: s, gzipBytes: sizes[i]?.bytes })),
    firstFiguresColdMs: cold.map(Math.round),
    firstFiguresWarmMs: warm.map(Math.round),
    domContentLoadedColdMs: coldLoaded.map(Math.round),
    domContentLoadedWarmMs: warmLoaded.map(Math.round),
    threeSummariesMs: api.map(Math.round),
    node: process.version,
    cpus: cpus().length,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
  const md = `# Benchmark: the console's first load (issue 19)

${new Date().toISOString().slice(0, 16)}Z · Node ${process.version} · ${cpus().length} cores, shared machine (1-minute load average ${result.loadAverage1m} at the end) · Debian Chromium, headless, loopback.

| what | command | result |
| --- | --- | --- |
| initial JavaScript of \`/console\` (the page's module scripts, gzip as the stack serves them) | \`./dev node packages/console/scripts/bench.ts\` | **${(initialGzip / 1024).toFixed(1)} KiB** gzip (${scripts.length} file${scripts.length === 1 ? '' : 's'}) |
| navigation to \`/console#dashboard\` → the first figure shown, cold cache (new browser context), median of ${runs} | same | **${ms(cold)}** |
| the same, warm cache (same context, second load) | same | **${ms(warm)}** |
| of which: the page's DOMContentLoaded (HTML, CSS and the initial module script in), cold / warm | same | ${ms(coldLoaded)} / ${ms(warmLoaded)} |
| for comparison: the dashboard's three /v1/monitoring/summary calls at once, from Node | same | ${ms(api)} |

The dashboard, and ECharts with it, is a separate chunk loaded when the dashboard opens, so it is in the
time but not in the initial JavaScript. Figures: the local stack with the demo city, the demo enterprises and
the demo push (\`./dev start\`'s data); the first figure waits for three /v1/monitoring/summary answers.
The machine is shared: with a load average far above its cores, every time here stretches with it (the
browser's parsing and rendering most); compare runs made under similar load.

Raw JSON of this run:

\`\`\`json
${JSON.stringify(result, null, 2)}
\`\`\`
`;
  writeFileSync(join(repo, 'bench', 'console.md'), md);
  console.log(md);
} finally {
  await stack.stop();
}
