import type { CityConfig } from '@sme/kernel';

/**
 * The city's own region names from its config: the city (without any bracketed note), each district
 * with the city prefix removed, and each township in full.
 *
 * @example localRegionsFromCity(linshan) // ['临山市', '东湖区', '西岭区', '东湖街道', '青石镇', …]
 */
export function localRegionsFromCity(city: Pick<CityConfig, 'name' | 'districts'>): string[] {
  const cityName = city.name.replace(/[（(].*?[)）]/gu, '').trim();
  const names = [cityName];
  for (const district of city.districts) {
    names.push(district.name.startsWith(cityName) ? district.name.slice(cityName.length) : district.name);
    for (const township of district.townships) names.push(township.name);
  }
  return [...new Set(names.filter((n) => n.length >= 2))];
}
