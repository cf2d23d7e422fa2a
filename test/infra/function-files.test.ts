import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { App, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { CityFunction, copyFilesHooks } from '../../infra/lib/function.ts';
import { assetNames, scalarBundle } from '../../packages/catalog/src/docs/assets.ts';
import { demoCity, realManifests, testOutdir } from './synth.ts';

const repoRoot = join(import.meta.dirname, '..', '..');

describe('Function files (FunctionSpec.files)', () => {
  it('are declared with existing sources inside the repository and plain relative targets', () => {
    const declared = realManifests.flatMap((m) =>
      Object.entries(m.functions).flatMap(([name, f]) =>
        Object.entries(f.files ?? {}).map(([target, source]) => ({
          fn: `${m.service}-${name}`,
          target,
          source,
        })),
      ),
    );
    expect(declared.map((d) => d.target)).toEqual(
      expect.arrayContaining(['docs-assets/scalar-api-reference.js', 'docs/guide.md']),
    );
    for (const { fn, source } of declared) {
      expect(existsSync(source), `${fn}: ${source}`).toBe(true);
      // Throws on a source outside the repository or a target that climbs out of the package.
      expect(copyFilesHooks(fn, { x: source }).afterBundling('/in', '/out')).toHaveLength(1);
    }
  });

  it('are copied beside the bundle by a hook that reads them relative to the bundling input', () => {
    const source = join(repoRoot, 'docs', 'guide.md');
    const hooks = copyFilesHooks('f', { 'docs/guide.md': source, "it's.txt": source });
    expect(hooks.beforeBundling('/in', '/out')).toEqual([]);
    expect(hooks.afterBundling('/asset-input', '/asset-output')).toEqual([
      "mkdir -p '/asset-output/docs' && cp '/asset-input/docs/guide.md' '/asset-output/docs/guide.md'",
      "mkdir -p '/asset-output' && cp '/asset-input/docs/guide.md' '/asset-output/it'\\''s.txt'",
    ]);
    expect(() => copyFilesHooks('f', { '../x': source })).toThrow(/plain relative path/);
    expect(() => copyFilesHooks('f', { x: '/etc/passwd' })).toThrow(/inside the repository/);
    expect(() => copyFilesHooks('f', { x: 'docs/guide.md' })).toThrow(/absolute path/);
  });

  it("land in the docs asset function's deployment package, byte for byte (a real esbuild bundle)", () => {
    // Prepare: bundling on (the other infra tests skip it), one function only
    const outdir = testOutdir();
    const stack = new Stack(new App({ outdir }), 'Bundle');
    const spec = realManifests.find((m) => m.service === 'docs')?.functions.asset;
    if (!spec?.files) throw new Error('the docs asset function declares no files');
    const files = spec.files;

    // Act
    new CityFunction(stack, 'Asset', { city: demoCity, service: 'docs', name: 'asset', spec });

    // Assert
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.'));
    const bundle = assets.map((d) => join(outdir, d)).find((d) => existsSync(join(d, 'index.mjs')));
    if (!bundle) throw new Error(`no bundled function in ${outdir}`);
    for (const [target, source] of Object.entries(files)) {
      expect(readFileSync(join(bundle, target)).equals(readFileSync(source)), target).toBe(true);
    }
    // The bundle as Lambda runs it (LAMBDA_TASK_ROOT) serves the copy, gzip-compressed and base64-encoded.
    const event = {
      version: '2.0',
      rawPath: `/docs/assets/${assetNames.scalar}`,
      headers: { 'accept-encoding': 'gzip' },
      pathParameters: { file: assetNames.scalar },
      requestContext: { requestId: 'r1', http: { method: 'GET' } },
      isBase64Encoded: false,
    };
    const probe = `const { handler } = await import(${JSON.stringify(join(bundle, 'index.mjs'))});
const r = await handler(${JSON.stringify(event)}, { functionName: 'f', getRemainingTimeInMillis: () => 10000 });
process.stdout.write(JSON.stringify({ status: r.statusCode, headers: r.headers, base64: r.isBase64Encoded, length: r.body.length, body: r.body }));`;
    const answer = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
        env: {
          PATH: process.env.PATH ?? '',
          LAMBDA_TASK_ROOT: bundle,
          AWS_REGION: 'cn-north-1',
          POWERTOOLS_LOG_LEVEL: 'SILENT',
        },
        maxBuffer: 64 * 1024 * 1024,
      }).toString('utf8'),
    ) as { status: number; headers: Record<string, string>; base64: boolean; body: string };
    expect(answer.status).toBe(200);
    expect(answer.base64).toBe(true);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(answer.body, 'base64')).equals(readFileSync(scalarBundle.source))).toBe(
      true,
    );
  });
});
