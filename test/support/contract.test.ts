import { describe, expect, it } from 'vitest';
import { contractViolation } from './contract.ts';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const base = 'http://127.0.0.1:3000';

describe('Function: contractViolation', () => {
  it('passes an answer the document declares and names what differs in one it does not', async () => {
    // Prepare
    const problem = { type: '/problems/not-found', title: 'Not found', status: 404, requestId: 'r1' };

    // Act
    const declared = await contractViolation(
      'GET',
      `${base}/v1/enterprises/91999101MA0000099G`,
      json(404, problem, 'application/problem+json'),
    );
    const undeclared = await contractViolation(
      'GET',
      `${base}/v1/enterprises/91999101MA0000099G`,
      json(418, {}),
    );
    const wrongBody = await contractViolation(
      'GET',
      `${base}/v1/enterprises/91999101MA0000099G`,
      json(404, { ...problem, status: 'x' }, 'application/problem+json'),
    );
    const wrongType = await contractViolation(
      'GET',
      `${base}/v1/enterprises/91999101MA0000099G`,
      json(404, problem),
    );

    // Assess
    expect(declared).toBeUndefined();
    expect(undeclared).toBe('GET /v1/enterprises/{uscc} answered 418, which the document does not declare');
    expect(wrongBody).toMatch(/^GET \/v1\/enterprises\/\{uscc\} 404: body\/status must be integer/);
    expect(wrongType).toMatch(/media type application\/json not declared/);
  });
});
