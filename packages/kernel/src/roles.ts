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
  'credit-authorisation:write': ['coordinator', 'bank'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

export function roleHas(role: Role, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly Role[]).includes(role);
}

/** The caller of a request, as established by the authorizer. */
export interface Principal {
  clientId: string;
  role: Role;
  orgId: string;
}
