import { type FieldIssue, ValidationError } from '@sme/kernel';
import type { z } from 'zod';

/** Parses with a zod schema, turning its issues into one `ValidationError` naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  what: string,
  pathPrefix = '',
): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: [pathPrefix, ...issue.path.map(String)].filter((part) => part !== '').join('.') || '(root)',
    message: issue.message,
  }));
  throw new ValidationError(`Invalid ${what}`, issues);
}
