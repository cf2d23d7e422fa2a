/**
 * Domain errors. Each carries a stable problem `type` slug; the HTTP layer maps them to a status in
 * one place (runtime/http/problem.ts), so domain code never speaks HTTP.
 */
export interface FieldIssue {
  /** JSON-pointer-like path of the offending field, e.g. `body.rows.3.uscc`. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly type: string;
  readonly issues: FieldIssue[];
  readonly extra: Record<string, unknown>;
  constructor(type: string, message: string, issues: FieldIssue[] = [], extra: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.type = type;
    this.issues = issues;
    this.extra = extra;
  }
}

/** Input that is well-formed but breaks a rule (bad check character, unknown township). */
export class ValidationError extends DomainError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super('validation', message, issues);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** A write conflicts with current state (duplicate, guarded transition refused). */
export class ConflictError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('conflict', message, [], extra);
  }
}

/** Optimistic concurrency: the caller's version (If-Match) is not the stored one. */
export class ConcurrentModificationError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('precondition-failed', message, [], extra);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Missing or invalid API key') {
    super('unauthenticated', message);
  }
}

export class ForbiddenError extends DomainError {
  /** `issues` name what was refused when it is a field (an agency writing outside its domain). */
  constructor(message: string, issues: FieldIssue[] = []) {
    super('forbidden', message, issues);
  }
}
