import { calendarStatus, type HolidayCalendar, shanghaiDate } from '@sme/kernel';
import type { LoadedHolidayYear } from '../adapters/dynamodb-calendar-store.ts';

/** The calendar as ops and banks see it: each year with where it came from, and how far it reaches. */
export function calendarView(fromFile: HolidayCalendar, loaded: readonly LoadedHolidayYear[], now: Date) {
  const byYear = new Map(loaded.map((y) => [y.year, y]));
  const years = [...new Set([...Object.keys(fromFile), ...byYear.keys()])].sort().map((year) => {
    const stored = byYear.get(year);
    const days = stored ?? fromFile[year];
    return {
      year,
      source: stored ? ('loaded' as const) : ('city-file' as const),
      holidays: [...(days?.holidays ?? [])],
      makeUpWorkdays: [...(days?.makeUpWorkdays ?? [])],
      ...(days?.notice ? { notice: { ...days.notice } } : {}),
      ...(stored ? { loadedAt: stored.loadedAt, loadedBy: stored.loadedBy.clientId } : {}),
    };
  });
  const calendar = Object.fromEntries(years.map((y) => [y.year, y]));
  const { years: _names, ...status } = calendarStatus(calendar, shanghaiDate(now));
  return { years, ...status };
}
