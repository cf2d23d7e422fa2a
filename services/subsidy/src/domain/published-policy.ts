import { type FieldIssue, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { rateSchema } from './inputs.ts';
import { programVersionSchema, type SubsidyPolicy, subsidyPolicySchema } from './policy.ts';

/**
 * Policy published at run time (seed 004 §(四) and the other programs' seeds change by notice, not by release):
 * a program version or an LPR quote stored with who published it and when, never edited afterwards. The
 * policy in force is the city file's section with every published item laid over it: a published version
 * ends the open version of its program the day before it starts, so a date always has exactly one version
 * and a calculation dated before the new version keeps the old one. Nothing takes effect before the day it
 * is published (no back-dating: a result already given never changes), and versions are published in
 * date order (a version cannot be slipped in before one already published).
 */

export const publishedLprSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, e.g. "2027-01"'),
  oneYear: rateSchema,
  fiveYear: rateSchema,
});

/** Who published an item and when: history, shown with the item. */
export interface Publication {
  publishedAt: string;
  publishedBy: { clientId: string; orgId: string };
}

/** A program version as published: its JSON form, as a city file would hold it. */
export interface PublishedVersion extends Publication {
  kind: 'program-version';
  version: Record<string, unknown> & { program: string; id: string; effectiveFrom: string };
}

export interface PublishedLpr extends Publication {
  kind: 'lpr';
  quote: { month: string; oneYear: string; fiveYear: string };
}

export type PublishedItem = PublishedVersion | PublishedLpr;

type SectionInput = {
  description?: string;
  lpr?: { oneYear?: Record<string, string>; fiveYear?: Record<string, string> };
  programs?: (Record<string, unknown> & {
    program: string;
    id: string;
    effectiveFrom: string;
    effectiveTo?: string;
  })[];
};

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The city file's section (JSON form) with the published items laid over it, in publication order. */
export function mergePublished(section: SectionInput, published: readonly PublishedItem[]): SectionInput {
  const programs = (section.programs ?? []).map((p) => ({ ...p }));
  const lpr = { oneYear: { ...section.lpr?.oneYear }, fiveYear: { ...section.lpr?.fiveYear } };
  for (const item of published) {
    if (item.kind === 'lpr') {
      lpr.oneYear[item.quote.month] = item.quote.oneYear;
      lpr.fiveYear[item.quote.month] = item.quote.fiveYear;
      continue;
    }
    const start = item.version.effectiveFrom;
    for (const p of programs) {
      if (p.program !== item.version.program || p.effectiveFrom >= start) continue;
      if (p.effectiveTo === undefined || p.effectiveTo >= start) p.effectiveTo = dayBefore(start);
    }
    programs.push({ ...item.version });
  }
  return { ...section, lpr, programs };
}

/** The policy in force: the merged section, validated as a city file's section is. */
export function policyWithPublished(
  city: string,
  section: SectionInput,
  published: readonly PublishedItem[],
): SubsidyPolicy {
  return subsidyPolicySchema.parse({ ...mergePublished(section, published), city });
}

/**
 * Why `candidate` may not be published on `today` (a Shanghai date) over what is already in force; empty
 * when it may. Paths name the request body's fields.
 */
export function publicationIssues(
  city: string,
  section: SectionInput,
  published: readonly PublishedItem[],
  candidate: PublishedItem,
  today: string,
): FieldIssue[] {
  const merged = mergePublished(section, published);
  if (candidate.kind === 'lpr') {
    const { month } = candidate.quote;
    if (month < today.slice(0, 7))
      return [
        { path: 'month', message: `a quote takes effect from its month; ${month} is past (today ${today})` },
      ];
    const latest = Object.keys(merged.lpr?.oneYear ?? {})
      .sort()
      .at(-1);
    if (latest !== undefined && month <= latest)
      return [
        { path: 'month', message: `quotes are published in month order; ${latest} is already published` },
      ];
  } else {
    const { program, id, effectiveFrom } = candidate.version;
    if (effectiveFrom < today)
      return [
        { path: 'effectiveFrom', message: `no back-dating: ${effectiveFrom} is before today (${today})` },
      ];
    if ('effectiveTo' in candidate.version && candidate.version.effectiveTo !== undefined)
      return [
        { path: 'effectiveTo', message: 'a published version is open-ended; the next version ends it' },
      ];
    const same = (merged.programs ?? []).filter((p) => p.program === program);
    const latest = same
      .map((p) => p.effectiveFrom)
      .sort()
      .at(-1);
    if (latest !== undefined && effectiveFrom <= latest)
      return [
        {
          path: 'effectiveFrom',
          message: `versions of ${program} are published in date order; one already starts on ${latest}`,
        },
      ];
    if ((merged.programs ?? []).some((p) => p.id === id))
      return [{ path: 'id', message: `a version ${id} exists already` }];
  }
  const parsed = subsidyPolicySchema.safeParse({
    ...mergePublished(section, [...published, candidate]),
    city,
  });
  if (parsed.success) return [];
  const last = (merged.programs ?? []).length;
  // Issues in the new version are named as the request's fields; others (none expected) as they are.
  return parsed.error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path.map(String);
    const own = head === 'programs' && Number(index) === last;
    return { path: own ? rest.join('.') || 'version' : issue.path.join('.'), message: issue.message };
  });
}

/** A program version's JSON form, checked alone (the merge checks it against the others). */
export function parseProgramVersion(raw: unknown): PublishedVersion['version'] {
  const parsed = programVersionSchema.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError(
      'Invalid program version',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  return raw as PublishedVersion['version'];
}
