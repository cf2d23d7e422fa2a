import type { FieldIssue } from '@sme/kernel';
import { ValidationError } from '@sme/kernel';
import type { FunctionSpec, ServiceManifest } from '@sme/runtime';
import { defaultTimeoutSeconds } from '@sme/runtime';
import { requiredVisibilitySeconds } from './triggers.ts';

/** One manifest function with the service that declares it and its manifest path (for error messages). */
export interface DeclaredFunction {
  service: string;
  name: string;
  spec: FunctionSpec;
  /** `<service>.functions.<name>`: the manifest field errors name. */
  at: string;
}

/** Every function of the manifests, in manifest order. */
export function declaredFunctions(manifests: readonly ServiceManifest[]): DeclaredFunction[] {
  return manifests.flatMap((m) =>
    Object.entries(m.functions).map(([name, spec]) => ({
      service: m.service,
      name,
      spec,
      at: `${m.service}.functions.${name}`,
    })),
  );
}

/** Refuses a logical name declared twice across the manifests. */
export function refuseDuplicates(
  manifests: readonly ServiceManifest[],
  pick: (m: ServiceManifest) => Record<string, unknown> | undefined,
  kind: string,
): void {
  const owner = new Map<string, string>();
  const issues: FieldIssue[] = [];
  for (const manifest of manifests) {
    for (const logical of Object.keys(pick(manifest) ?? {})) {
      const first = owner.get(logical);
      if (first)
        issues.push({
          path: `${manifest.service}.${kind}.${logical}`,
          message: `already declared by ${first}`,
        });
      owner.set(logical, manifest.service);
    }
  }
  if (issues.length) {
    const lines = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
    throw new ValidationError(`Duplicate ${kind} in the service manifests:\n${lines}`, issues);
  }
}

/** Finds a declared resource or fails naming the manifest field that refers to it. */
export function lookup<T>(map: ReadonlyMap<string, T>, logical: string, path: string, kind: string): T {
  const found = map.get(logical);
  if (!found)
    throw new ValidationError(`${path}: no manifest declares ${kind} ${logical}`, [
      { path, message: `no manifest declares ${kind} ${logical}` },
    ]);
  return found;
}

export const timeoutOf = (spec: FunctionSpec): number => spec.timeoutSeconds ?? defaultTimeoutSeconds;

/** The largest visibility timeout any consumer of each queue needs, whichever service consumes it. */
export function consumerVisibility(functions: readonly DeclaredFunction[]): Map<string, number> {
  const needed = new Map<string, number>();
  for (const { spec } of functions) {
    if (spec.trigger.kind !== 'queue') continue;
    const seconds = requiredVisibilitySeconds(timeoutOf(spec), spec.trigger);
    needed.set(spec.trigger.queue, Math.max(needed.get(spec.trigger.queue) ?? 0, seconds));
  }
  return needed;
}

/** The one function with an authorizer trigger, if any; more than one is refused, naming each. */
export function theAuthorizer(functions: readonly DeclaredFunction[]): DeclaredFunction | undefined {
  const authorizers = functions.filter((f) => f.spec.trigger.kind === 'authorizer');
  if (authorizers.length > 1) {
    throw new ValidationError(
      `More than one authorizer function: ${authorizers.map((a) => a.at).join(', ')}`,
      authorizers.map((a) => ({
        path: `${a.at}.trigger`,
        message: 'only one function may be the authorizer',
      })),
    );
  }
  return authorizers[0];
}
