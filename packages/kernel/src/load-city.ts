import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CityConfig, CityConfigError, parseCityConfig } from './city-config.ts';

/** Directory holding `cities/<id>.json`; resolved from this file so it works from any cwd. */
export const citiesDir = join(import.meta.dirname, '..', '..', '..', 'cities');

/** Reads and validates `cities/<id>.json`. */
export function loadCityConfig(id: string, dir = citiesDir): CityConfig {
  const file = join(dir, `${id}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CityConfigError(`No city config ${file}; a city is one file in ${dir}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CityConfigError(`City config ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const city = parseCityConfig(raw, file);
  if (city.id !== id)
    throw new CityConfigError(`Invalid city config ${file}:\n  id: must equal the file name "${id}"`);
  return city;
}
