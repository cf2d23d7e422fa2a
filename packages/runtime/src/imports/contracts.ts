import * as z from 'zod';

/** A bulk import job as `GET /v1/imports/{jobId}` and every import's 202 show it (any service's imports). */
export const importJobSchema = z
  .object({
    jobId: z.string(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'completed']),
    totalRows: z.int(),
    processedRows: z.int(),
    acceptedRows: z.int(),
    rejectedRows: z.int(),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().optional(),
    createdBy: z.object({ clientId: z.string(), orgId: z.string() }),
  })
  .meta({ id: 'ImportJob' });

/** One row's outcome (`GET /v1/imports/{jobId}/rows`). */
export const importRowResultSchema = z
  .object({
    row: z.int().meta({
      description:
        'The row: for JSON its 1-based position in `rows`; for CSV and .xlsx the row as a spreadsheet numbers it (the header is row 1, so the first data row is 2)',
    }),
    outcome: z.enum(['registered', 'updated', 'created', 'corrected', 'unchanged', 'rejected']),
    uscc: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'ImportRowResult' });
