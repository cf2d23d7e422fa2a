/**
 * The load generator, run as its own process (`node bench/load.ts '<LoadSpec JSON>'`) so autocannon
 * does not share an event loop with the server it measures. Prints one JSON line: a LoadResult.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { benchUscc } from './uscc.ts';

export interface LoadSpec {
  baseUrl: string;
  method: 'GET' | 'PUT';
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  body?: string;
  /** `series`: a new USCC per request (`/v1/enterprises/<uscc>`); `list`: cycle through fixed paths. */
  paths: { series: string } | { list: string[] };
}

export interface LoadResult {
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  /** 2xx responses per second over the whole run. */
  rps: number;
  p50: number;
  p99: number;
  /** Status code → count, to see what a non-2xx was. */
  statuses: Record<string, number>;
  /** USCCs used (series paths only), so the caller knows what was written. */
  issued: number;
}

async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let n = 0;
  const nextPath = (): string => {
    const i = n++;
    if ('series' in spec.paths) return `/v1/enterprises/${benchUscc(spec.paths.series, i)}`;
    const list = spec.paths.list;
    return list[i % list.length] ?? '/';
  };
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 10,
    requests: [
      {
        method: spec.method,
        headers: spec.headers,
        ...(spec.body === undefined ? {} : { body: spec.body }),
        setupRequest: (request) => ({ ...request, path: nextPath() }),
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    issued: n,
  };
}

/** Runs one load in a child process and returns its result. */
export function loadInChild(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL(import.meta.url).pathname, JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

if (import.meta.main) {
  const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
  process.stdout.write(`${JSON.stringify(await runLoad(spec))}\n`);
}
