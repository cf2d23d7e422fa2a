import {
  applyProgressEvent,
  type ProgressEvent,
  type PushStatus,
  allowedEvents as pushAllowedEvents,
  pushStatuses,
} from '@sme/delivery';
import { type Permission, permissionRoles, type Role, roles } from '@sme/kernel';
import {
  type DeclarationEventType,
  type DeclarationState,
  declarationEventTypes,
  declarationStates,
  declarationTransitions,
} from '@sme/matching';
import { problemStatus, type RouteSpec, type ServiceManifest } from '@sme/runtime';

/**
 * The parts of docs/guide.md that are read off the code, so the guide cannot drift from it: who may call
 * what (packages/kernel/src/roles.ts and every route), the two state machines (matching's declaration,
 * delivery's push) and the problem types (packages/runtime/src/http/problem.ts). Each sits between
 * `<!-- generated:<name> … -->` and `<!-- /generated:<name> -->`; scripts/write-guide.ts rewrites them and
 * a test fails while the file differs. The words around them are written by hand.
 */

/** Who each role is (DOMAIN.md "Actors"); a new role fails to compile until it is described here. */
const roleNames: Record<Role, { zh: string; who: string }> = {
  coordinator: { zh: '融资协调工作机制办公室', who: 'the coordination office / task force (工作专班)' },
  agency: {
    zh: '行业主管部门、乡镇街道等',
    who: 'industry departments, townships, market supervision, tax, courts, HR, federation of industry',
  },
  bank: { zh: '银行（支行工作专班）', who: 'each bank branch with a task force' },
  guarantor: { zh: '政府性融资担保机构', who: 'government financing guarantee institutions' },
  finance: { zh: '财政局', who: 'the finance bureau' },
  ops: { zh: '平台运维', who: "the team running the city's stack" },
};

const declarationStateNames: Record<DeclarationState, string> = {
  DECLARED: '已申报（申报清单）',
  SCREENED: '已筛查',
  REVIEWED: '已审核（主管部门确认）',
  RECOMMENDED: '已签批（推荐清单）',
  PUSHED: '已推送银行',
  CREDITED: '已获贷（终态）',
  REJECTED: '银行均未授信',
  REPAIRING: '辅导修复中',
  REMOVED: '已移出（终态）',
};

/** What moves a declaration: the call (and who makes it) or the event behind each transition. */
const declarationEventCauses: Record<DeclarationEventType, string> = {
  screen:
    'automatic: `POST /v1/declarations` once the registry knows the enterprise, or when its registry record arrives later',
  review:
    'automatic once all five criteria pass and the competent department has confirmed: `POST /v1/declarations/{declarationId}/reviews` (agency)',
  'sign-off':
    '`POST /v1/declarations/{declarationId}/sign-off` (the convenors named in `matching.convenors`)',
  push: '`POST /v1/push-batches/{batchId}/confirm` (coordinator): asynchronous, chunk by chunk in the background until the batch is `CONFIRMED`',
  credit: "automatic: a pushed bank's `approved` progress",
  reject: 'automatic: every bank of the push posted `rejected`',
  'start-repair': '`POST /v1/declarations/{declarationId}/repair` (coordinator)',
  rescreen: '`POST /v1/declarations/{declarationId}/repair/completion` (coordinator)',
  remove: '`POST /v1/declarations/{declarationId}/removal` (coordinator): false materials or loan misuse',
};

const pushStatusNames: Record<PushStatus, string> = {
  PUSHED: '已推送',
  CONTACTED: '已对接',
  MATERIALS_COMPLETE: '材料齐全（决策期起算）',
  APPROVED: '已审批',
  REJECTED: '已拒绝（终态）',
  DISBURSED: '已放款（终态）',
};

/** One event of each type, only to read the state machine's answer (its dates are never checked here). */
const sampleProgress: Record<ProgressEvent['type'], ProgressEvent> = {
  contacted: { type: 'contacted', contactedOn: '2026-01-05' },
  'application-received': { type: 'application-received', receivedOn: '2026-01-05' },
  'materials-complete': { type: 'materials-complete', completedOn: '2026-01-06' },
  approved: {
    type: 'approved',
    approvedOn: '2026-01-07',
    amountFen: 100,
    annualRatePercent: '3.45',
    termMonths: 12,
    guaranteeType: 'credit',
    creditLoan: true,
  },
  rejected: {
    type: 'rejected',
    rejectedOn: '2026-01-07',
    reasonCodes: ['other'],
    reasonText: 'x',
    repairSuggestions: ['x'],
  },
  disbursed: { type: 'disbursed', disbursedOn: '2026-01-08', amountFen: 100 },
};

/** What each problem type means for the caller and what to do; a new type fails the guide until it is here. */
const problemAdvice: Record<string, string> = {
  'malformed-request':
    'The request could not be read (not JSON, nested too deep, bad percent-encoding, a malformed `If-Match`). Fix the request; `errors[].path` names the part.',
  'invalid-request':
    'A field failed validation (type, format, USCC check character, a character the platform cannot carry). Each `errors[]` entry names the field (`body.rows.3.uscc`) and why.',
  validation:
    'Well-formed but against a rule of the domain (a fee over its cap, a date before the push). `errors[]` names the field; change the value, not the format.',
  unauthenticated: 'No caller could be established. Send your `x-api-key`.',
  forbidden:
    'Your role lacks the permission (see the table above), or the record is outside your organisation (another township, an ended push grant). Ask the office, not a retry.',
  'not-found': 'No such resource — or it exists but is not yours to see (another bank’s push answers 404).',
  'method-not-allowed': 'The path exists, the method does not. See the operation list in the reference.',
  conflict:
    'The resource is not in a state that allows this (`context` holds the current state and the allowed events). Read it again and follow the state machine.',
  'idempotency-key-reused':
    'This `Idempotency-Key` was used with a different request body. Use a new key for a new request.',
  'idempotency-in-progress':
    'The first request with this `Idempotency-Key` is still running. Retry after a moment with the same key.',
  'precondition-failed':
    'Your `If-Match` ETag is stale: someone changed the resource since you read it. Read it again, re-apply your change, send the new ETag.',
  'payload-too-large': 'The body is over the route’s limit (imports: split the file; at most 10,000 rows).',
  'unsupported-media-type':
    'The `Content-Type` is not one the route accepts (JSON; imports also take `text/csv` and Excel).',
  'rate-limited':
    'Your client sent more requests this minute than its limit. Wait the seconds in `Retry-After`.',
  'request-header-fields-too-large':
    'The request line and headers exceed 16 KiB. Shorten the URL or headers.',
  internal:
    'A fault on the platform’s side; nothing you sent is to blame. Retry later (POST with the same `Idempotency-Key`); report the `requestId` to ops if it persists.',
};

type HttpRoute = { route: RouteSpec };

function httpRoutes(manifests: readonly ServiceManifest[]): HttpRoute[] {
  return manifests.flatMap((m) =>
    Object.values(m.functions).flatMap((f) =>
      f.trigger.kind === 'http' ? [{ route: f.trigger.route }] : [],
    ),
  );
}

const operation = (r: RouteSpec) => `\`${r.method} ${r.path}\``;

/** Roles: who they are and how many operations each may call. */
function rolesSection(manifests: readonly ServiceManifest[]): string {
  const routes = httpRoutes(manifests);
  const rows = roles.map((role) => {
    const count = routes.filter(
      ({ route }) =>
        route.permission !== 'public' &&
        (permissionRoles[route.permission as Permission] as readonly Role[]).includes(role),
    ).length;
    return `| \`${role}\` | ${roleNames[role].zh} | ${roleNames[role].who} | ${count} |`;
  });
  return ['| role | 角色 | who | operations |', '| --- | --- | --- | --: |', ...rows].join('\n');
}

/** Every permission: which roles hold it (✓) and which operations it opens. */
function permissionsSection(manifests: readonly ServiceManifest[]): string {
  const routes = httpRoutes(manifests);
  const header = `| permission | operations | ${roles.map((r) => `\`${r}\``).join(' | ')} |`;
  const rule = `| --- | --- | ${roles.map(() => ':-:').join(' | ')} |`;
  const rows = (Object.keys(permissionRoles) as Permission[]).map((permission) => {
    const holders = permissionRoles[permission] as readonly Role[];
    const ops = routes
      .filter(({ route }) => route.permission === permission)
      .map(({ route }) => operation(route));
    return `| \`${permission}\` | ${ops.length ? ops.join('<br>') : '(none yet)'} | ${roles.map((r) => (holders.includes(r) ? '✓' : '')).join(' | ')} |`;
  });
  const open = routes
    .filter(({ route }) => route.permission === 'public')
    .map(({ route }) => operation(route));
  return [header, rule, ...rows, '', `No key needed (public): ${open.join(', ')}.`].join('\n');
}

function declarationSection(): string {
  const rows = declarationStates.map((state) => {
    const moves = declarationEventTypes
      .filter((event) => declarationTransitions[state][event] !== undefined)
      .map((event) => `\`${event}\` → \`${declarationTransitions[state][event]}\``);
    return `| \`${state}\` | ${declarationStateNames[state]} | ${moves.length ? moves.join('<br>') : '— (closed)'} |`;
  });
  const causes = declarationEventTypes.map((event) => `| \`${event}\` | ${declarationEventCauses[event]} |`);
  return [
    '| state | 状态 | event → next state |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '| event | what causes it |',
    '| --- | --- |',
    ...causes,
  ].join('\n');
}

function pushSection(): string {
  const rows = pushStatuses.map((status) => {
    const moves = pushAllowedEvents(status).map((type) => {
      const next = applyProgressEvent({ status }, sampleProgress[type]).status;
      return `\`${type}\` → ${next === status ? '(stays)' : `\`${next}\``}`;
    });
    return `| \`${status}\` | ${pushStatusNames[status]} | ${moves.length ? moves.join('<br>') : '— (final)'} |`;
  });
  return ['| status | 状态 | progress `type` → next status |', '| --- | --- | --- |', ...rows].join('\n');
}

function problemsSection(): string {
  const rows = Object.entries(problemStatus).map(([type, { status, title }]) => {
    const advice = problemAdvice[type];
    if (advice === undefined) {
      throw new Error(
        `Problem type ${type} has no explanation: add it to problemAdvice in packages/catalog/src/docs/guide-sections.ts`,
      );
    }
    return `| \`/problems/${type}\` | ${status} | ${title} | ${advice} |`;
  });
  return ['| type | status | title | what it means, what to do |', '| --- | --: | --- | --- |', ...rows].join(
    '\n',
  );
}

/** Each generated section by name. */
export function guideSections(manifests: readonly ServiceManifest[]): Record<string, string> {
  return {
    roles: rolesSection(manifests),
    permissions: permissionsSection(manifests),
    'declaration-states': declarationSection(),
    'push-states': pushSection(),
    problems: problemsSection(),
  };
}

const block = /(<!-- generated:([\w-]+)[^>]*-->\n)[\s\S]*?(<!-- \/generated:\2 -->)/g;

/** The Markdown with every generated section rewritten; throws on an unknown, missing or repeated one. */
export function withGeneratedSections(markdown: string, sections: Record<string, string>): string {
  const seen = new Map<string, number>();
  const out = markdown.replace(block, (_all, open: string, name: string, close: string) => {
    const content = sections[name];
    if (content === undefined) throw new Error(`Unknown generated section "${name}" in the guide`);
    seen.set(name, (seen.get(name) ?? 0) + 1);
    return `${open}${content}\n${close}`;
  });
  for (const name of Object.keys(sections)) {
    if (seen.get(name) !== 1) {
      throw new Error(
        `The guide must hold the generated section "${name}" exactly once (found ${seen.get(name) ?? 0})`,
      );
    }
  }
  return out;
}

/**
 * Markdown with every table row in one canonical spacing (cells trimmed, rules as `---` with their colons),
 * so a guide that `biome format` has padded compares equal to the generator's unpadded tables.
 */
export function canonicalTables(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const cells = line
        .slice(1, line.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((cell) => {
          const text = cell.trim();
          const rule = /^(:?)-+(:?)$/.exec(text);
          return rule ? `${rule[1]}---${rule[2]}` : text;
        });
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}
