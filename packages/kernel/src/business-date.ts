import { ValidationError } from './errors.ts';

/** China has one time zone and no daylight saving: Asia/Shanghai is always UTC+8. */
const shanghaiOffsetMs = 8 * 3_600_000;

/** The Shanghai calendar date (business date) of an instant, e.g. 2026-09-30T16:00:00Z → "2026-10-01". */
export function shanghaiDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new ValidationError('Invalid instant', [{ path: 'instant', message: 'must be a valid Date' }]);
  }
  return new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 10);
}
