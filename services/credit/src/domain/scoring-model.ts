/**
 * A city's credit scoring model as data (企业信用状况综合评价体系, seed 001 §五(一)): versioned,
 * with an effective date, so that a profile always says which version scored it.
 */
import { NotFoundError, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { type Category, categories, factsSchemas } from './category-facts.ts';

export const grades = ['AAA', 'AA', 'A', 'B', 'C', 'D'] as const;
export type Grade = (typeof grades)[number];

export const minScore = 0;
export const maxScore = 1000;

type FieldKind = { kind: 'number' } | { kind: 'enum'; values: readonly string[] } | { kind: 'other' };

/** What kind of value a category's fact holds, read from its zod schema (optional/default unwrapped). */
function factFieldKind(category: Category, field: string): FieldKind | undefined {
  const shape: Record<string, z.ZodType> = factsSchemas()[category].shape;
  let schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
  if (schema === undefined) return undefined;
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    schema = schema.def.innerType as z.ZodType;
  }
  if (schema instanceof z.ZodNumber) return { kind: 'number' };
  if (schema instanceof z.ZodEnum) return { kind: 'enum', values: schema.options.map(String) };
  return { kind: 'other' };
}

function factorIssues(factor: ScoringFactor, path: (string | number)[], ctx: z.RefinementCtx): void {
  for (const key of Object.keys(factor.where ?? {})) {
    if (factFieldKind(factor.category, key) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'where', key],
        message: `${factor.category} has no fact ${key}`,
      });
    }
  }
  const rule = factor.rule;
  if (rule.kind === 'per-record') return;
  const kind = factFieldKind(factor.category, rule.field);
  if (rule.kind === 'tiers') {
    if (kind?.kind !== 'number') {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'rule', 'field'],
        message: `${factor.category} has no numeric fact ${rule.field}`,
      });
    }
    rule.tiers.forEach((tier, i) => {
      const previous = rule.tiers[i - 1];
      if (previous !== undefined && tier.atLeast <= previous.atLeast) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'rule', 'tiers', i, 'atLeast'],
          message: 'tiers must ascend strictly by atLeast',
        });
      }
    });
    return;
  }
  if (kind?.kind !== 'enum') {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'rule', 'field'],
      message: `${factor.category} has no enumerated fact ${rule.field}`,
    });
    return;
  }
  for (const value of Object.keys(rule.points)) {
    if (!kind.values.includes(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'rule', 'points', value],
        message: `${value} is not a value of ${rule.field} (${kind.values.join(', ')})`,
      });
    }
  }
}

/**
 * Builds the schema of one factor. The schemas here are built on first use (see `scoringModelSchema`):
 * a cold start should not pay for schemas that only a city's config parse or the demo model needs.
 */
function buildFactorSchema() {
  const points = z.int().min(-maxScore).max(maxScore);
  const slug = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'lower-case slug');

  const perRecordRule = z
    .strictObject({
      kind: z.literal('per-record'),
      points: points.meta({ description: 'Signed points for each record in force' }),
      cap: z.int().min(0).max(maxScore).meta({ description: 'Largest absolute total of the factor' }),
    })
    .meta({ description: 'points × records, bounded by ±cap' });

  const byValueRule = z
    .strictObject({
      kind: z.literal('by-value'),
      field: z.string().min(1),
      points: z
        .record(z.string(), points)
        .meta({ description: 'Points per value of the field; others score 0' }),
      select: z
        .enum(['latest', 'each'])
        .meta({ description: 'latest: the latest record only; each: summed over records' }),
      cap: z
        .int()
        .min(0)
        .max(maxScore)
        .optional()
        .meta({ description: 'With `each`: largest absolute total' }),
    })
    .meta({ description: 'points looked up by the value of a field, e.g. the tax credit grade' });

  const tiersRule = z
    .strictObject({
      kind: z.literal('tiers'),
      field: z.string().min(1),
      aggregate: z.enum(['max', 'sum', 'latest']),
      tiers: z
        .array(z.strictObject({ atLeast: z.int().min(0).max(Number.MAX_SAFE_INTEGER), points }))
        .min(1)
        .meta({
          description: 'Ascending by atLeast; the highest tier reached applies, none reached scores 0',
        }),
    })
    .meta({ description: 'points by thresholds of an aggregated numeric field, e.g. months in arrears' });

  const scoringRuleSchema = z.discriminatedUnion('kind', [perRecordRule, byValueRule, tiersRule]);

  return z.strictObject({
    id: slug,
    label: z.string().min(1).max(200),
    category: z.enum(categories as [Category, ...Category[]]),
    where: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .meta({ description: 'Only records whose facts equal these values, e.g. { role: "defendant" }' }),
    rule: scoringRuleSchema,
  });
}

/** The model schema, factors checked against the category facts. */
function buildScoringModelSchema() {
  return z
    .strictObject({
      version: z.string().min(1).max(40),
      effectiveFrom: z.iso.date(),
      baseScore: z.int().min(minScore).max(maxScore),
      factors: z.array(buildFactorSchema()).min(1),
      gradeBands: z.array(
        z.strictObject({ grade: z.enum(grades), minScore: z.int().min(minScore).max(maxScore) }),
      ),
      hardStopGrade: z.enum(grades).default('D'),
    })
    .superRefine((model, ctx) => {
      const ids = new Set<string>();
      model.factors.forEach((factor, i) => {
        if (ids.has(factor.id))
          ctx.addIssue({ code: 'custom', path: ['factors', i, 'id'], message: 'duplicate factor id' });
        ids.add(factor.id);
        factorIssues(factor, ['factors', i], ctx);
      });
      // Every grade once, listed best first, thresholds strictly falling to 0: every score has a grade.
      if (model.gradeBands.map((b) => b.grade).join() !== grades.join()) {
        ctx.addIssue({
          code: 'custom',
          path: ['gradeBands'],
          message: `grades must be listed once each: ${grades.join(', ')}`,
        });
        return;
      }
      model.gradeBands.forEach((band, i) => {
        const better = model.gradeBands[i - 1];
        if (better !== undefined && band.minScore >= better.minScore) {
          ctx.addIssue({
            code: 'custom',
            path: ['gradeBands', i, 'minScore'],
            message: `must be below ${better.grade}'s ${better.minScore}`,
          });
        }
      });
      const lowest = model.gradeBands.at(-1);
      if (lowest !== undefined && lowest.minScore !== minScore) {
        ctx.addIssue({
          code: 'custom',
          path: ['gradeBands', model.gradeBands.length - 1, 'minScore'],
          message: `the lowest band must start at ${minScore}`,
        });
      }
    });
}

let built: ReturnType<typeof buildScoringModelSchema> | undefined;
/** The schema of a city's scoring model (factors checked against the category facts), built on first use. */
export function scoringModelSchema() {
  built ??= buildScoringModelSchema();
  return built;
}

export type ScoringModel = z.output<ReturnType<typeof buildScoringModelSchema>>;
export type ScoringModelInput = z.input<ReturnType<typeof buildScoringModelSchema>>;
export type ScoringFactor = z.output<ReturnType<typeof buildFactorSchema>>;
export type ScoringRule = ScoringFactor['rule'];

/** Validates a city's scoring model, throwing `ValidationError` naming every bad field. */
export function parseScoringModel(raw: unknown, pathPrefix = 'scoringModel'): ScoringModel {
  const result = scoringModelSchema().safeParse(raw);
  if (result.success) return result.data;
  throw new ValidationError(
    'Invalid scoring model',
    result.error.issues.map((issue) => ({
      path: [pathPrefix, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}

/**
 * The model in force on `on`: the latest `effectiveFrom` not after it. Two versions effective the
 * same day are ambiguous and rejected.
 *
 * @example
 * selectScoringModel([v1, v2], '2025-06-30').version; // v1 if v2 starts on 2025-07-01
 */
export function selectScoringModel(models: readonly ScoringModel[], on: string): ScoringModel {
  const starts = new Map<string, string>();
  for (const model of models) {
    const clash = starts.get(model.effectiveFrom);
    if (clash !== undefined) {
      throw new ValidationError(
        `Scoring models ${clash} and ${model.version} both start on ${model.effectiveFrom}`,
        [{ path: 'scoringModels', message: `two versions effective ${model.effectiveFrom}` }],
      );
    }
    starts.set(model.effectiveFrom, model.version);
  }
  let selected: ScoringModel | undefined;
  for (const model of models) {
    if (
      model.effectiveFrom <= on &&
      (selected === undefined || model.effectiveFrom > selected.effectiveFrom)
    ) {
      selected = model;
    }
  }
  if (selected === undefined) throw new NotFoundError(`No scoring model is in force on ${on}`);
  return selected;
}

/** The grade for a score under the model's bands (hard stops are applied by the evaluation). */
export function gradeFor(score: number, model: ScoringModel): Grade {
  for (const band of model.gradeBands) if (score >= band.minScore) return band.grade;
  return model.hardStopGrade;
}
