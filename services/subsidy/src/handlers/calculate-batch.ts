import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { type Calculation, calculateMany } from '../domain/calculate-many.ts';
import { calculationJson } from './calculator.ts';
import { policy } from './composition.ts';

/**
 * POST /v1/calculations: many calculations in one call, each answered in order. A bad row does not
 * stop the others; its errors name the field under `body.calculations.<row>.`.
 */
export const calculateBatch: RouteFunction<typeof routes.calculateBatch> = async (request) => {
  const outcomes = calculateMany(request.body.calculations as Calculation[], await policy()).map((outcome) =>
    outcome.ok
      ? { index: outcome.index, ok: true, result: calculationJson(outcome.result) }
      : {
          index: outcome.index,
          ok: false,
          message: outcome.message,
          errors: outcome.issues.map((i) => ({ ...i, path: `body.calculations.${i.path}` })),
        },
  );
  const accepted = outcomes.filter((o) => o.ok).length;
  return { status: 200, body: { accepted, rejected: outcomes.length - accepted, outcomes } };
};

export const handler = httpHandler(routes.calculateBatch, calculateBatch);
