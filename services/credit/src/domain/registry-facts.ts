import type { EnterpriseEvent } from '@sme/events';

/**
 * What credit takes from the registry. The evaluation itself reads no registry field: it rests on the
 * records alone (`evaluateCreditProfile` gets the USCC, the records, the model, the date and the
 * retention). Credit keeps two facts beside the profile: that the registry knows the enterprise
 * (`enterpriseRegistered` in answers: records held for an unknown enterprise are attached when it
 * appears) and its township (whose agency may read the full profile).
 */
export const registryFieldsCreditUses = ['township'] as const;

/** What one registry event asks of credit. */
export type RegistryEffect =
  | { kind: 'ignore' }
  /**
   * Store registered + township; `evaluateIfNone`: a registration evaluates the enterprise when it has
   * no profile yet, so list matching hears "no record found" (查无记录) rather than nothing.
   */
  | { kind: 'record'; township: string; evaluateIfNone: boolean };

/**
 * Pure: an EnterpriseRegistered is recorded (and evaluates an enterprise never evaluated); an
 * EnterpriseChanged matters only when it changed a field credit keeps — a new name, size, status,
 * industry or tag changes no profile and costs nothing.
 */
export function registryEffect(event: EnterpriseEvent): RegistryEffect {
  if (event.type === 'EnterpriseRegistered')
    return { kind: 'record', township: event.summary.township, evaluateIfNone: true };
  const relevant = event.changedFields.some((f) =>
    (registryFieldsCreditUses as readonly string[]).includes(f),
  );
  return relevant
    ? { kind: 'record', township: event.summary.township, evaluateIfNone: false }
    : { kind: 'ignore' };
}
