import { linshanDemoPolicyInput } from './demo-policy.ts';
import { parseSubsidyPolicy, type SubsidyPolicy, type SubsidyPolicyInput } from './policy.ts';

/** A deep copy of the demo policy's JSON, for tests that change one field. */
export function demoPolicyJson(): SubsidyPolicyInput {
  return structuredClone(linshanDemoPolicyInput) as SubsidyPolicyInput;
}

/** The demo policy with every version of `program` given extra or replaced params. */
export function demoPolicyWithParams(program: string, patch: Record<string, unknown>): SubsidyPolicy {
  const json = demoPolicyJson();
  const programs = json.programs.map((version) =>
    version.program === program ? { ...version, params: { ...version.params, ...patch } } : version,
  );
  return parseSubsidyPolicy({ ...json, programs });
}

/** The demo policy without `program`, as a city that does not run it. */
export function demoPolicyWithout(program: string): SubsidyPolicy {
  const json = demoPolicyJson();
  return parseSubsidyPolicy({ ...json, programs: json.programs.filter((v) => v.program !== program) });
}

/** The field issues of a thrown ValidationError, or fails the test. */
export function issuesOf(act: () => unknown): { path: string; message: string }[] {
  try {
    act();
  } catch (error) {
    if (error !== null && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
      return error.issues as { path: string; message: string }[];
    }
    throw error;
  }
  throw new Error('expected a ValidationError, nothing was thrown');
}
