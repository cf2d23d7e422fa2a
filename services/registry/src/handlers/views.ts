import type { Enterprise } from '../contracts.ts';
import type { StoredEnterprise } from '../domain/enterprise.ts';

/** The API's view of a stored enterprise: bookkeeping of where a write came from stays inside. */
export function publicView(e: StoredEnterprise): Enterprise {
  const { origin: _origin, ...view } = e;
  return view;
}
