import { describe, expect, it } from 'vitest';
import { activeSecrets, rotateSecrets } from './signing-secrets.ts';

describe('Function: rotateSecrets / activeSecrets', () => {
  const t0 = new Date('2026-11-23T00:00:00Z');

  it('signs with the new and the previous secret during the overlap, and with the new one after it', () => {
    // Prepare
    const first = rotateSecrets([], 'whsec_A', t0, 24);

    // Act
    const second = rotateSecrets(first, 'whsec_B', new Date('2026-11-24T00:00:00Z'), 24);

    // Assess
    expect(activeSecrets(first, t0)).toEqual(['whsec_A']);
    expect(activeSecrets(second, new Date('2026-11-24T23:59:59Z'))).toEqual(['whsec_B', 'whsec_A']);
    expect(activeSecrets(second, new Date('2026-11-25T00:00:00Z'))).toEqual(['whsec_B']);
  });

  it('keeps at most two secrets however often it rotates', () => {
    const a = rotateSecrets([], 'A', t0, 24);
    const b = rotateSecrets(a, 'B', t0, 24);
    const c = rotateSecrets(b, 'C', t0, 24);
    expect(c.map((s) => s.secret)).toEqual(['C', 'B']);
  });
});
