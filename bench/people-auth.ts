/**
 * What people's sign-in costs (issue 19): `./dev node bench/people-auth.ts` starts the local stack with its
 * OpenID provider, signs the office person in N times over HTTP (authorization code flow with PKCE, password
 * typed into the provider's page, code exchanged), then calls one protected route as many times with the
 * coordinator's API key and with the person's access token, each through the same authorizer. Writes
 * bench/people-auth.md with the command, the machine and the figures.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadCityConfig } from '@sme/kernel';
import { seedClients, startLocalStack } from '@sme/local';
import { signInWithPassword } from '../test/support/oidc.ts';

const signIns = 20;
const calls = 500;
const route = '/v1/holiday-calendar';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (n: number) => n.toFixed(1);

async function timedCalls(url: string, headers: Record<string, string>): Promise<number[]> {
  const took: number[] = [];
  for (let i = 0; i < calls; i++) {
    const began = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
    took.push(performance.now() - began);
  }
  return took.sort((a, b) => a - b);
}

const city = loadCityConfig('linshan');
const stack = await startLocalStack({ city, port: 0 });
try {
  const oidc = stack.oidc;
  const office = oidc?.people.find((p) => p.username === 'office');
  if (!oidc || !office) throw new Error('no local OpenID provider');
  const clients = await seedClients(city);
  const key = clients.coordinator?.apiKey ?? '';
  const signInTimes: number[] = [];
  let token = '';
  for (let i = 0; i < signIns; i++) {
    const began = performance.now();
    token = (await signInWithPassword(oidc, `${stack.baseUrl}/console`, office.username, office.password))
      .accessToken;
    signInTimes.push(performance.now() - began);
  }
  signInTimes.sort((a, b) => a - b);
  // Warm both paths (JWKS fetched once, the key resolved once) before measuring.
  await timedCalls(`${stack.baseUrl}${route}`, { 'x-api-key': key });
  await timedCalls(`${stack.baseUrl}${route}`, { authorization: `Bearer ${token}` });
  const withKey = await timedCalls(`${stack.baseUrl}${route}`, { 'x-api-key': key });
  const withToken = await timedCalls(`${stack.baseUrl}${route}`, { authorization: `Bearer ${token}` });
  const row = (label: string, s: number[]) =>
    `| ${label} | ${s.length} | ${ms(quantile(s, 0.5))} | ${ms(quantile(s, 0.95))} | ${ms(quantile(s, 0.99))} |`;
  const report = `# People's sign-in: what it costs (issue 19)

Command: \`./dev node bench/people-auth.ts\` — ${new Date().toISOString()}, ${cpus().length} CPUs, load average
${loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')} (a machine shared with other work: absolute times are high, compare the rows).

| what | n | p50 ms | p95 ms | p99 ms |
| --- | --: | --: | --: | --: |
${row('sign-in: code flow with PKCE, password typed, code exchanged (HTTP, no browser)', signInTimes)}
${row(`GET ${route} with an API key (authorizer cache warm)`, withKey)}
${row(`GET ${route} with a person's access token (JWT verified each time, JWKS cached)`, withToken)}
`;
  writeFileSync(join(import.meta.dirname, 'people-auth.md'), report);
  console.log(report);
} finally {
  await stack.stop();
}
