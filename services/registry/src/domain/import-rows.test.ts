import { describe, expect, it } from 'vitest';
import type { StoredEnterprise } from './enterprise.ts';
import { outcomeOf } from './import-rows.ts';

const stored = (version: number, origin: StoredEnterprise['origin']) =>
  ({ version, origin }) as StoredEnterprise;

describe('Function: outcomeOf', () => {
  it("reports a row this job wrote before its worker died as the job's own registration or update", () => {
    // Assess: the same job and row → what it did; another job, another row or a request → unchanged.
    expect(outcomeOf('unchanged', stored(1, { jobId: 'job-1', row: 7 }), 'job-1', 7)).toBe('registered');
    expect(outcomeOf('unchanged', stored(4, { jobId: 'job-1', row: 7 }), 'job-1', 7)).toBe('updated');
    expect(outcomeOf('unchanged', stored(1, { jobId: 'job-2', row: 7 }), 'job-1', 7)).toBe('unchanged');
    expect(outcomeOf('unchanged', stored(1, { jobId: 'job-1', row: 8 }), 'job-1', 7)).toBe('unchanged');
    expect(outcomeOf('unchanged', stored(1, { requestId: 'r-1' }), 'job-1', 7)).toBe('unchanged');
    expect(outcomeOf('updated', stored(2, { jobId: 'job-1', row: 7 }), 'job-1', 7)).toBe('updated');
  });
});
