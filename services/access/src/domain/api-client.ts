import type { Role } from '@sme/kernel';

/** A machine client of the API: an organisation's key, kept as its hash. */
export interface ApiClient {
  clientId: string;
  name: string;
  role: Role;
  orgId: string;
  createdAt: string;
  revokedAt?: string;
  /** This client's own limit (a bulk-importing agency, say); else the city's `auth.requestsPerMinute`. */
  requestsPerMinute?: number;
}
