import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll } from 'vitest';
import {
  buildCityStack,
  type CityConfig,
  type CityStack,
  createCityApp,
  loadCityConfig,
  manifests,
  nestedStacksOf,
  type ServiceManifest,
} from '../../infra/lib/index.ts';
import { type CityTemplates, flattenTemplates, type TemplateJson } from './nested-templates.ts';

/** Template tests never bundle: esbuild output is not what they assert, and it costs ~0.2 s a function. */
const noBundling = { 'aws:cdk:bundling-stacks': [] };

/**
 * The context of `cdk.json` (feature flags above all), so every test app synthesises what `cdk synth` and
 * `cdk deploy` do: a flag changes resources and logical ids.
 */
export const cdkJsonContext: Record<string, unknown> = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

const outRoot = mkdtempSync(join(tmpdir(), 'sme-infra-test-'));
// Every App writes a cloud assembly; without this each test run would leave a dozen dirs in $TMPDIR.
// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

/** A fresh assembly directory under this test file's temp root (removed after its tests). */
export const testOutdir = (): string => mkdtempSync(join(outRoot, 'cdk.out-'));

export const demoCity: CityConfig = loadCityConfig('linshan');
export const realManifests: readonly ServiceManifest[] = manifests;

/** A synthesized city stack: the construct, its templates as deployed, and all of them as one. */
export interface SynthesizedCity {
  stack: CityStack;
  /** The parent template and each nested one, as CloudFormation receives them. */
  templates: CityTemplates;
  /** Every resource of the parent and the nested stacks, cross-stack references followed (`flattenTemplates`). */
  template: Template;
}

/** Reads the parent and every nested template of `stack` (synthesizing the app once). */
function synthesized(stack: CityStack): SynthesizedCity {
  const nested: Record<string, TemplateJson> = {};
  for (const child of nestedStacksOf(stack)) {
    const resource = child.nestedStackResource as CfnResource | undefined;
    if (!resource) throw new Error(`${child.node.path}: nested stack has no resource in its parent`);
    nested[Stack.of(resource).getLogicalId(resource)] = Template.fromStack(child).toJSON() as TemplateJson;
  }
  const templates = { parent: Template.fromStack(stack).toJSON() as TemplateJson, nested };
  return { stack, templates, template: Template.fromJSON(flattenTemplates(templates)) };
}

/** Options of {@link synthWithNag}. */
export interface NagSynthOptions {
  context?: Record<string, unknown>;
  manifests?: readonly ServiceManifest[];
  /** Runs after the stack is built and before synthesis, e.g. to add a non-compliant resource to a nested stack. */
  tamper?: (stack: CityStack) => void;
  /** The CLI runs CDK's built-in CloudFormation linter too; it costs ~3 s the first time. */
  builtinValidation?: boolean;
}

/** The stack as `cdk synth -c city=<id>` builds it, cdk-nag packs included; throws ValidationFailed on a finding. */
export function synthWithNag(options: NagSynthOptions = {}): SynthesizedCity {
  const app = new App({
    outdir: testOutdir(),
    context: { ...cdkJsonContext, city: 'linshan', ...noBundling, ...options.context },
    builtinCloudFormationValidation: options.builtinValidation ?? false,
  });
  const stack = createCityApp(app, options.manifests ?? manifests);
  options.tamper?.(stack);
  return synthesized(stack);
}

/**
 * The stack alone, for a given city and manifest list: no cdk-nag, and no built-in CloudFormation
 * validation (a WebAssembly linter that costs seconds per synth and downgrades its findings to warnings).
 */
export function synthStack(
  list: readonly ServiceManifest[] = manifests,
  city: CityConfig = demoCity,
): SynthesizedCity {
  const app = new App({
    outdir: testOutdir(),
    context: { ...cdkJsonContext, ...noBundling },
    builtinCloudFormationValidation: false,
  });
  return synthesized(buildCityStack(app, city, list));
}

/** A copy of the manifests with one service's function spec replaced (or removed when `change` returns undefined). */
export function withFunction(
  service: string,
  fn: string,
  change: (spec: ServiceManifest['functions'][string]) => ServiceManifest['functions'][string] | undefined,
): ServiceManifest[] {
  return manifests.map((m) => {
    if (m.service !== service) return m;
    const spec = m.functions[fn];
    if (!spec) throw new Error(`test setup: ${service} has no function ${fn}`);
    const next = change(spec);
    const functions = { ...m.functions };
    if (next) functions[fn] = next;
    else delete functions[fn];
    return { ...m, functions };
  });
}
