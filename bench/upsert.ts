import type { LocalStack } from '@sme/local';
import { startBareServer } from './bare-server.ts';
import { consumerMeter } from './consumer-meter.ts';
import { enterpriseBody } from './enterprise-body.ts';
import { type LoadSpec, loadInChild } from './load.ts';
import { median, progress, round } from './stats.ts';
import { benchUscc, freshSeries } from './uscc.ts';

type Target = 'gateway' | 'bare';

export interface LoadRun {
  target: Target;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

export interface PairSummary {
  gateway: { rps: number; p99: number };
  bare: { rps: number; p99: number };
  /** Median gateway req/s over median bare req/s. */
  ratio: number;
  runs: LoadRun[];
}

export interface UpsertSection {
  settings: {
    connections: number;
    seconds: number;
    runs: number;
    readSeconds: number;
    warmupSeconds: number;
    authCacheTtlSeconds: number;
  };
  write: PairSummary & { target: number; met: boolean };
  read: PairSummary;
  /** The stream consumer over the measured runs: enterprises written, versions it handled (audit entries), seconds. */
  consumer: { written: number; handled: number; seconds: number };
}

const region = 'cn-north-1';

/** bare, gateway, gateway, bare, bare, gateway…: each target goes first as often as second. */
const orderOf = (i: number): Target[] => (i % 2 === 0 ? ['bare', 'gateway'] : ['gateway', 'bare']);

/**
 * PUT /v1/enterprises/{uscc} (a new USCC per request) through the local gateway — authorizer, routing,
 * zod validation, handler, logging — against a bare node:http server making the same DynamoDB calls,
 * then GET of enterprises just written. The runs follow each other without draining the stream: both
 * servers write more than the stream consumer handles, so it works flat out through every run, for
 * both targets alike (its throughput is recorded from the events it publishes).
 */
export async function benchUpsert(args: {
  stack: LocalStack;
  agencyKey: string;
  template: Record<string, unknown>;
  connections: number;
  seconds: number;
  runs: number;
  readSeconds: number;
  warmupSeconds: number;
  authCacheTtlSeconds: number;
}): Promise<UpsertSection> {
  const { stack, agencyKey } = args;
  const table = stack.tables.enterprises;
  if (!table) throw new Error('the stack has no enterprises table');
  const body = JSON.stringify(enterpriseBody());
  const bare = await startBareServer({
    dynamoEndpoint: stack.dynamoEndpoint,
    region,
    table,
    template: args.template,
  });
  const urlOf = (target: Target) => (target === 'gateway' ? stack.baseUrl : bare.url);
  const writeSpec = (target: Target, seconds: number, series: string): LoadSpec => ({
    baseUrl: urlOf(target),
    method: 'PUT',
    connections: args.connections,
    seconds,
    headers: { 'content-type': 'application/json', 'x-api-key': agencyKey },
    body,
    paths: { series },
  });
  let written = 0;
  const meter = consumerMeter(stack);
  const run = async (target: Target, spec: LoadSpec): Promise<LoadRun> => {
    const r = await loadInChild(spec);
    if (spec.method === 'PUT') written += r.ok;
    progress(
      `  ${spec.method} ${target}: ${round(r.rps)} req/s, p99 ${r.p99} ms (${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors)`,
    );
    if (r.ok === 0)
      throw new Error(`${spec.method} ${target}: no successful response (${JSON.stringify(r.statuses)})`);
    return {
      target,
      rps: r.rps,
      p50: r.p50,
      p99: r.p99,
      ok: r.ok,
      non2xx: r.non2xx,
      errors: r.errors,
      statuses: r.statuses,
    };
  };

  try {
    progress(`upsert: warm-up (${args.warmupSeconds} s each)`);
    for (const target of ['gateway', 'bare'] as const) {
      await run(target, writeSpec(target, args.warmupSeconds, freshSeries()));
    }

    progress(`upsert: ${args.runs} × ${args.seconds} s per target, ${args.connections} connections`);
    const before = { at: performance.now(), handled: meter.count(), written };
    const writes: LoadRun[] = [];
    let readable: { series: string; count: number } | undefined;
    for (let i = 0; i < args.runs; i++) {
      for (const target of orderOf(i)) {
        const series = freshSeries();
        const r = await run(target, writeSpec(target, args.seconds, series));
        writes.push(r);
        // Only 2xx were counted, and a connection's requests are issued in order: the first `ok`
        // USCCs of the series may still include a failed one, so reads tolerate a rare 404.
        if (target === 'gateway' && !readable) readable = { series, count: Math.min(r.ok, 2000) };
      }
    }

    progress(`read: ${args.runs} × ${args.readSeconds} s per target`);
    const paths = Array.from(
      { length: readable?.count ?? 0 },
      (_, i) => `/v1/enterprises/${benchUscc(readable?.series ?? '', i)}`,
    );
    const reads: LoadRun[] = [];
    for (let i = 0; i < args.runs; i++) {
      for (const target of orderOf(i)) {
        reads.push(
          await run(target, {
            baseUrl: urlOf(target),
            method: 'GET',
            connections: args.connections,
            seconds: args.readSeconds,
            headers: { 'x-api-key': agencyKey },
            paths: { list: paths },
          }),
        );
      }
    }
    const consumer = {
      written: written - before.written,
      handled: meter.count() - before.handled,
      seconds: (performance.now() - before.at) / 1000,
    };
    progress(
      `  stream consumer: ${consumer.handled} versions handled in ${round(consumer.seconds)} s while ${consumer.written} enterprises were written`,
    );
    const write = summarise(writes);
    return {
      settings: {
        connections: args.connections,
        seconds: args.seconds,
        runs: args.runs,
        readSeconds: args.readSeconds,
        warmupSeconds: args.warmupSeconds,
        authCacheTtlSeconds: args.authCacheTtlSeconds,
      },
      write: { ...write, target: 0.7, met: write.ratio >= 0.7 },
      read: summarise(reads),
      consumer,
    };
  } finally {
    meter.stop();
    await bare.close();
  }
}

function summarise(runs: LoadRun[]): PairSummary {
  const of = (target: Target) => {
    const mine = runs.filter((r) => r.target === target);
    return { rps: median(mine.map((r) => r.rps)), p99: median(mine.map((r) => r.p99)) };
  };
  const gateway = of('gateway');
  const bare = of('bare');
  return { gateway, bare, ratio: gateway.rps / bare.rps, runs };
}
