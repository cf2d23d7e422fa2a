import { freeText } from '@sme/kernel';
import { etagHeader, locationHeader, problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { reportInputSchema } from './domain/entry.ts';
import { entryStates } from './domain/entry-state.ts';
import { screeningRequestSchema } from './domain/screen-application.ts';

/** Request and response contracts of the illegal-intermediary blacklist and screening. */

const entryId = z.string().regex(/^bl-[0-9a-f]{20}$/, 'an entry id as this API returns it');
const screeningId = z.string().regex(/^scr-[0-9a-f]{20}$/, 'a screening id as this API returns it');
const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(2000).optional();
const reasons = freeText(2000);

const maskedParty = z
  .object({
    partyId: z.string(),
    kind: z.enum(['organisation', 'individual']),
    name: z
      .string()
      .meta({ description: "An individual's name is masked (张*) except for the coordination office" }),
    uscc: z.string().optional(),
    idNumber: z
      .string()
      .optional()
      .meta({ description: 'Masked: region code and last four (110101********1234)' }),
    phones: z.array(z.string()).meta({ description: 'Masked (138****5678)' }),
    accounts: z.array(z.string()).meta({ description: 'Masked (****1234)' }),
  })
  .passthrough();

const reviewerEntrySchema = z
  .object({
    entryId: z.string(),
    version: z.int(),
    state: z.enum(entryStates),
    listed: z.boolean(),
    category: z.string(),
    description: z.string(),
    evidenceRefs: z.array(z.string()),
    enterprises: z.array(z.string()),
    parties: z.array(maskedParty),
    reporter: z.object({ orgId: z.string(), clientId: z.string(), role: z.string() }),
    reportedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .passthrough()
  .meta({ id: 'BlacklistReport', description: 'A report or list entry as the coordination office sees it' });

const bankEntrySchema = z
  .object({
    entryId: z.string(),
    version: z.int(),
    status: z.enum(['confirmed', 'appealed', 'revoked']),
    category: z.string().optional(),
    parties: z.array(maskedParty).optional(),
    enterprises: z.array(z.string()).optional(),
    criteriaMet: z.array(z.object({ code: z.string(), text: z.string() })).optional(),
    reasons: z.string().optional(),
    listedAt: z.iso.datetime().optional(),
    revokedAt: z.iso.datetime().optional(),
  })
  .passthrough()
  .meta({
    id: 'BlacklistEntry',
    description:
      'A list entry as banks see it: masked parties, criteria met; never the reporter or the evidence',
  });

const match = z.object({
  entryId: z.string(),
  partyIds: z.array(z.string()),
  matchedFields: z.array(z.string()),
  score: z.number(),
  strong: z.boolean(),
  explanation: z.string(),
});
const screeningSchema = z
  .object({
    screeningId: z.string(),
    version: z.int(),
    application: z.object({ uscc: z.string(), declarationId: z.string().optional() }),
    outcome: z.enum(['hit', 'possible-hit', 'clear']),
    parties: z.array(
      z.object({
        index: z.int(),
        role: z.string(),
        party: z.record(z.string(), z.unknown()),
        outcome: z.enum(['hit', 'possible-hit', 'clear']),
        matches: z.array(match),
      }),
    ),
    hitEntryIds: z.array(z.string()),
    decisions: z.array(z.record(z.string(), z.unknown())),
    at: z.iso.datetime(),
  })
  .passthrough()
  .meta({
    id: 'Screening',
    description: 'Per party: hit, possible hit or clear, with the matched entries and why',
  });

const problems = {
  400: { description: 'Malformed request', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};
const commandProblems = {
  ...problems,
  404: { description: 'No such report', schema: problemSchema },
  409: {
    description: 'The state machine refuses the step (names the state and allowed steps)',
    schema: problemSchema,
  },
  412: { description: 'If-Match is not the current version', schema: problemSchema },
  422: { description: 'Breaks a rule', schema: problemSchema },
};
const entryParams = z.strictObject({ entryId });
const command = <B extends z.ZodType>(summary: string, path: string, body: B) => ({
  method: 'POST' as const,
  path: `/v1/blacklist/reports/{entryId}${path}`,
  permission: 'blacklist:review' as const,
  summary,
  tags: ['blacklist'],
  params: entryParams,
  body,
  idempotent: true,
  conditional: true,
  responses: {
    200: { description: 'The entry after the step', schema: reviewerEntrySchema, headers: { ...etagHeader } },
    ...commandProblems,
  },
});

export const routes = {
  createReport: {
    method: 'POST',
    path: '/v1/blacklist/reports',
    permission: 'blacklist:report',
    summary:
      'Report an illegal intermediary with evidence references; individual identifiers are kept only as keyed hashes and masked forms',
    tags: ['blacklist'],
    body: reportInputSchema,
    idempotent: true,
    maxBodyBytes: 65_536,
    responses: {
      201: {
        description: 'Recorded (state reported); identifiers masked',
        schema: z.record(z.string(), z.unknown()),
        headers: { ...etagHeader, ...locationHeader },
      },
      ...problems,
      422: { description: 'Breaks a rule (names the field, never the value)', schema: problemSchema },
    },
  },
  listReports: {
    method: 'GET',
    path: '/v1/blacklist/reports',
    permission: 'blacklist:review',
    summary: 'Reports and entries in one state, oldest report first (the review work list)',
    tags: ['blacklist'],
    query: z.strictObject({ state: z.enum(entryStates).default('reported'), limit, cursor }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(reviewerEntrySchema), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getReport: {
    method: 'GET',
    path: '/v1/blacklist/reports/{entryId}',
    permission: 'blacklist:review',
    summary: 'A report with its reporter, evidence, decision, appeals and merges; ETag carries the version',
    tags: ['blacklist'],
    params: entryParams,
    responses: {
      200: { description: 'The report', schema: reviewerEntrySchema, headers: { ...etagHeader } },
      ...problems,
      404: { description: 'No such report', schema: problemSchema },
    },
  },
  decideReport: command(
    'Confirm (at least one criterion of the identification standard met) or dismiss, with reasons; the reasons are shared with banks',
    '/decision',
    z.strictObject({
      outcome: z.enum(['confirm', 'dismiss']),
      criteria: z
        .array(
          z.strictObject({
            code: z.string().min(1).max(63),
            met: z.boolean(),
            note: freeText(1000).optional(),
          }),
        )
        .max(50)
        .default([]),
      reasons,
    }),
  ),
  recordAppeal: command(
    "Record an appeal received from the listed party (the office records it on the party's behalf); the listing stands meanwhile",
    '/appeal',
    z.strictObject({
      appellant: freeText(200),
      grounds: reasons,
      receivedOn: z.iso.date(),
    }),
  ),
  decideAppeal: command(
    'Decide the open appeal: upheld revokes the entry, rejected keeps it confirmed',
    '/appeal/decision',
    z.strictObject({ outcome: z.enum(['upheld', 'rejected']), reasons }),
  ),
  revokeEntry: command(
    'Take a confirmed entry off the list',
    '/revocation',
    z.strictObject({ reason: reasons }),
  ),
  mergeReport: command(
    'Fold a duplicate report (still reported) into this entry: parties, enterprises and evidence join it; the duplicate closes as merged',
    '/merges',
    z.strictObject({ duplicateId: entryId }),
  ),
  listEntries: {
    method: 'GET',
    path: '/v1/blacklist/entries',
    permission: 'blacklist:read',
    summary: 'The entries on the shared list now (confirmed or under appeal), masked; every read is audited',
    tags: ['blacklist'],
    query: z.strictObject({ limit, cursor, purpose: freeText(200).optional() }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(bankEntrySchema), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getEntry: {
    method: 'GET',
    path: '/v1/blacklist/entries/{entryId}',
    permission: 'blacklist:read',
    summary: 'One entry a BlacklistEntryChanged notice named (listed, or revoked); audited',
    tags: ['blacklist'],
    params: entryParams,
    query: z.strictObject({ purpose: freeText(200).optional() }),
    responses: {
      200: { description: 'The entry', schema: bankEntrySchema, headers: { ...etagHeader } },
      ...problems,
      404: { description: 'No such entry on the list', schema: problemSchema },
    },
  },
  runScreening: {
    method: 'POST',
    path: '/v1/screenings',
    permission: 'screening:run',
    summary:
      'Screen the parties around an application: per party hit (strong identifier), possible hit (name) or clear; a hit ties the enterprise to the entry',
    tags: ['blacklist'],
    body: screeningRequestSchema,
    idempotent: true,
    maxBodyBytes: 65_536,
    responses: {
      201: {
        description: 'The screening, stored and audited',
        schema: screeningSchema,
        headers: { ...locationHeader },
      },
      ...problems,
      422: { description: 'Breaks a rule (names the field, never the value)', schema: problemSchema },
    },
  },
  getScreening: {
    method: 'GET',
    path: '/v1/screenings/{screeningId}',
    permission: 'screening:run',
    summary: 'A screening (the requesting organisation or the coordination office)',
    tags: ['blacklist'],
    params: z.strictObject({ screeningId }),
    responses: {
      200: { description: 'The screening', schema: screeningSchema },
      ...problems,
      404: { description: 'No such screening', schema: problemSchema },
    },
  },
  decideScreeningMatch: {
    method: 'POST',
    path: '/v1/screenings/{screeningId}/decisions',
    permission: 'blacklist:review',
    summary:
      'A reviewer on a possible hit: "same" makes it a confirmed hit; "not-same" is remembered and the pair is skipped in later screenings',
    tags: ['blacklist'],
    params: z.strictObject({ screeningId }),
    body: z.strictObject({
      partyIndex: z.int().min(0).max(100),
      entryId,
      decision: z.enum(['same', 'not-same']),
      note: freeText(1000).optional(),
    }),
    idempotent: true,
    responses: {
      200: { description: 'The screening with the decision', schema: screeningSchema },
      ...problems,
      404: { description: 'No such screening or match', schema: problemSchema },
      409: {
        description: 'Already decided, a strong hit, or the entry left the list',
        schema: problemSchema,
      },
    },
  },
  keyVersions: {
    method: 'GET',
    path: '/v1/blacklist/key-versions',
    permission: 'blacklist:keys',
    summary:
      'Ops: per identifier key version, how many listed entries and reports still hold hashes made with it; an older version with none left can be retired',
    tags: ['blacklist'],
    responses: {
      200: {
        description: 'The key versions in use',
        schema: z
          .object({
            current: z.string(),
            versions: z.array(
              z.object({
                keyVersion: z.string(),
                current: z.boolean(),
                live: z.boolean().meta({ description: 'In the keyring: screening still hashes under it' }),
                listed: z.int(),
                reported: z.int(),
                identifiers: z.int(),
              }),
            ),
            retirable: z.array(z.string()).meta({
              description: 'Older live versions no listed entry or report holds any more',
            }),
            pendingRekeyHints: z.int().meta({
              description: 'Reports made during the re-keying window whose identifiers are not yet applied',
            }),
          })
          .meta({ id: 'BlacklistKeyVersions' }),
      },
      ...problems,
    },
  },
} as const satisfies Record<string, RouteSpec>;
