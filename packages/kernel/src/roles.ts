/** The six roles of a city's stack (DOMAIN.md "Actors"). Every principal has exactly one. */
export const roles = ['coordinator', 'agency', 'bank', 'guarantor', 'finance', 'ops'] as const;
export type Role = (typeof roles)[number];

/**
 * What each permission allows, and which roles hold it. Routes name a permission, never a role,
 * so that widening or narrowing access is one edit here.
 */
export const permissionRoles = {
  'enterprise:read': ['coordinator', 'agency'],
  'enterprise:write': ['coordinator', 'agency'],
  'enterprise:import': ['coordinator', 'agency'],
  'import:read': ['coordinator', 'agency'],
  'credit-record:submit': ['agency'],
  'credit-record:list-own': ['agency'],
  'credit-profile:read': ['coordinator', 'agency', 'bank'],
  /** File an enterprise's signed authorisation (a bank its own); it takes effect once confirmed. */
  'credit-authorisation:write': ['coordinator', 'bank'],
  'credit-authorisation:read': ['coordinator', 'agency', 'bank'],
  /** Record the enterprise's confirmation: the office, or the township agency of the enterprise. */
  'credit-authorisation:confirm': ['coordinator', 'agency'],
  /** The enterprise's refusal or revocation (office, township), or the bank's withdrawal. */
  'credit-authorisation:revoke': ['coordinator', 'agency', 'bank'],
  /** Record a declaration (申报清单): agencies after a visit, banks by referral, the office itself. */
  'declaration:write': ['coordinator', 'agency', 'bank'],
  'declaration:read': ['coordinator', 'agency'],
  /** A department's opinion on the screening criteria of its domain. */
  'declaration:review': ['agency'],
  /** Sign-off into the recommendation list (推荐清单), and removal from it. */
  'declaration:sign-off': ['coordinator'],
  'declaration:remove': ['coordinator'],
  'recommendation:read': ['coordinator', 'agency'],
  /** Preview, create and confirm push batches. */
  'push-batch:write': ['coordinator'],
  'push-batch:read': ['coordinator'],
  /** The city's financial product catalogue (金融服务产品库). */
  'products:read': ['coordinator', 'agency', 'bank'],
  /** A bank's own pushes (inbox) and its progress posts on them. */
  'bank-push:read': ['bank'],
  'bank-push:feedback': ['bank'],
  /** Outbound deliveries (queue messages and webhooks): list, and replay what was parked. */
  'delivery:read': ['coordinator', 'ops'],
  'delivery:replay': ['ops'],
  'webhook-secret:rotate': ['ops'],
  /** The national holiday calendar: everyone may see which years are loaded; ops load a year. */
  'holiday-calendar:read': ['coordinator', 'agency', 'bank', 'guarantor', 'finance', 'ops'],
  'holiday-calendar:write': ['ops'],
  /** The push card (对接资料): the pushed bank only, checked per push. */
  'bank-push:card': ['bank'],
  /** The coordinator's overdue list and the repair loop (辅导修复). */
  'overdue:read': ['coordinator'],
  'repair:write': ['coordinator'],
  /** Monitoring figures, the two gap lists and the weekly bulletin. */
  'monitoring:read': ['coordinator', 'finance'],
  /** Bank statistical returns (银行统计报表): a bank submits its own; it, the office and finance read them. */
  'bank-returns:submit': ['bank'],
  'bank-returns:read': ['bank', 'coordinator', 'finance'],
  /**
   * The policy task ledger (seed 003 attachments 2–3): the office loads it and reads everything; a responsible
   * unit (an agency) reads and reports progress on its own measures only; banks see nothing.
   */
  'policy-tasks:load': ['coordinator'],
  'policy-tasks:read': ['coordinator', 'agency'],
  'policy-tasks:report': ['agency'],
  /** Stateless guarantee and subsidy calculators. */
  'subsidy:calculate': ['coordinator', 'agency', 'bank', 'guarantor', 'finance'],
  /** A guarantor reports repayments, releases and defaults of its guarantees. */
  'guarantee:report': ['guarantor'],
  'guarantee:read': ['guarantor', 'finance', 'coordinator'],
  /** The yearly subsidy ledger (当年预拨，下年清算) and its approval. */
  'ledger:read': ['finance', 'coordinator'],
  'ledger:approve': ['finance'],
  /** Subsidy policy published at run time (program versions, LPR quotes): the finance bureau; ops loads notices. */
  'subsidy-policy:publish': ['finance', 'ops'],
  'subsidy-policy:read': ['finance', 'coordinator', 'guarantor', 'ops'],
  /** Illegal-intermediary blacklist: report, review (confirm, dismiss, appeal, revoke, merge), read, screen. */
  'blacklist:report': ['coordinator', 'agency', 'bank'],
  'blacklist:review': ['coordinator'],
  'blacklist:read': ['coordinator', 'bank'],
  'screening:run': ['coordinator', 'agency', 'bank'],
  /** Ops: how many entries still hold identifier hashes of each key version (retiring a key). */
  'blacklist:keys': ['ops'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

export function roleHas(role: Role, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly Role[]).includes(role);
}

/** The caller of a request, as established by the authorizer. */
export interface Principal {
  /** The API client's id, or `person:<subject>` for a person signed in with OpenID Connect. */
  clientId: string;
  role: Role;
  orgId: string;
  /** A person signed in with OpenID Connect (absent for an API client): who acted, beside the organisation. */
  person?: { subject: string; name?: string };
}
