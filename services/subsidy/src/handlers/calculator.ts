import { DomainError, ValidationError } from '@sme/kernel';
import { HttpProblem, type HttpRequest, type RouteFunction, type RouteSpec } from '@sme/runtime';
import { fenToCny } from '../domain/exact.ts';
import type { SubsidyPolicy } from '../domain/policy.ts';
import { resultToJson } from '../domain/result.ts';
import { policy } from './composition.ts';

/** A calculation result as JSON: fen as exact decimal strings, plus the amount in CNY when there is one. */
export function calculationJson(result: object): Record<string, unknown> {
  const json = JSON.parse(resultToJson(result)) as Record<string, unknown>;
  const amountFen = (result as { amountFen?: unknown }).amountFen;
  return typeof amountFen === 'bigint' ? { ...json, amount: fenToCny(amountFen) } : json;
}

/**
 * A stateless calculator route: the body was validated by the program's own input schema; the
 * calculation runs on the city's policy. What only the policy can refuse (no version in force on the
 * date, a city without the program, an industry without a break-even rate) is still bad input: 400,
 * naming the field (`body.contractDate`; `program` when the city does not run it).
 */
export function calculatorRoute<R extends RouteSpec>(
  compute: (body: HttpRequest<R>['body'], policy: SubsidyPolicy) => object,
  refuse?: (result: object) => void,
): RouteFunction<R> {
  return async (request) => {
    let result: object;
    const inForce = await policy();
    try {
      result = compute(request.body, inForce);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw new HttpProblem(
        'invalid-request',
        error.message,
        error.issues.map((i) => ({ ...i, path: i.path === 'program' ? 'program' : `body.${i.path}` })),
      );
    }
    if (refuse) {
      try {
        refuse(result);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // A rule broken by well-formed input: 422, with the calculation that shows why.
        throw new DomainError(
          'validation',
          error.message,
          error.issues.map((i) => ({ ...i, path: `body.${i.path}` })),
          { calculation: calculationJson(result) },
        );
      }
    }
    return { status: 200, body: calculationJson(result) };
  };
}
