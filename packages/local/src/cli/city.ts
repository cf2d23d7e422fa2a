import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CityFile,
  checkCityFile,
  knownHolidayYears,
  parseScaffoldOptions,
  placeholders,
  scaffoldCity,
} from '@sme/catalog/city-scaffold';
import { calendarStatus, citiesDir, shanghaiDate } from '@sme/kernel';

/**
 * City files for a new city's ops team:
 *   ./dev city new --id <id> --name <中文名> [--region cn-north-1] [--account <12 digits>]
 *                  [--alarm-email <address>] [--division <6-digit code>] [--from <city>] [--dir <cities dir>]
 *   ./dev city check <id> [--dir <cities dir>]
 * `new` writes <dir>/<id>.json (default dir: the repository's cities/): placeholders marked TODO for the
 * city's own organisations, channels and alarm address, the seeds' policy defaults (or --from's), the
 * holiday years every city file already knows. It never overwrites a file. `check` validates a file as
 * synth does and lists the placeholders still in it.
 */
const usage = `usage: ./dev city new --id <id> --name <中文名> [--region R] [--account A] [--alarm-email E] [--division D] [--from <city>] [--dir <cities dir>]
       ./dev city check <id> [--dir <cities dir>]`;

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      account: { type: 'string' },
      'alarm-email': { type: 'string' },
      division: { type: 'string' },
      from: { type: 'string' },
      dir: { type: 'string' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
const { values, positionals } = args;
const dir = resolve(values.dir ?? citiesDir);
/** A path as the operator typed it: relative inside the working directory, absolute outside it. */
const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') ? file : rel;
};

/** The file as biome formats it (what `./dev test` lints); as plain JSON where biome is not installed. */
function formatted(city: unknown): string {
  const json = `${JSON.stringify(city, null, 2)}\n`;
  const biome = join(repoRoot, 'node_modules', '.bin', 'biome');
  if (!existsSync(biome)) return json;
  // The path only picks the JSON formatter and the repository's settings; nothing is read from it.
  const out = spawnSync(biome, ['format', `--stdin-file-path=${join(repoRoot, 'cities', 'x.json')}`], {
    input: json,
    encoding: 'utf8',
  });
  return out.status === 0 && out.stdout.trim() !== '' ? out.stdout : json;
}

/** `<dir>/<id>.json`; for `--from`, the repository's cities/ too, so a new city in another dir may copy the demo. */
function readCityFile(id: string, what: string, dirs = [dir]): CityFile {
  const file = dirs.map((d) => join(d, `${id}.json`)).find((f) => existsSync(f));
  if (file === undefined)
    return fail(`${what}: no city file ${dirs.map((d) => shown(join(d, `${id}.json`))).join(' or ')}`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CityFile;
  } catch (error) {
    return fail(`${what}: ${shown(file)} is not valid JSON: ${(error as Error).message}`);
  }
}

function calendarLine(calendar: CityFile['holidayCalendar']): string {
  return calendarStatus(calendar ?? {}, shanghaiDate(new Date())).message;
}

function listPlaceholders(raw: unknown): void {
  const left = placeholders(raw);
  if (left.length === 0) {
    console.log('No placeholders left.');
    return;
  }
  console.log(`${left.length} placeholder(s) to fill before deploying:`);
  for (const p of left) console.log(`  ${p.path}: ${p.value}`);
}

function newCity(): void {
  if (positionals.length > 1) fail(`city new takes flags only\n${usage}`, 2);
  if (values.id === undefined) fail(`--id is required (id: the city id, e.g. demo2)\n${usage}`, 2);
  if (values.name === undefined)
    fail(`--name is required (name: the city's Chinese name, e.g. 示范市)\n${usage}`, 2);
  let options: ReturnType<typeof parseScaffoldOptions>;
  try {
    options = parseScaffoldOptions({
      id: values.id,
      name: values.name,
      region: values.region,
      account: values.account,
      alarmEmail: values['alarm-email'],
      division: values.division,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const file = join(dir, `${options.id}.json`);
  if (existsSync(file))
    fail(`${shown(file)} already exists: refusing to overwrite it (edit it, or delete it first)`);
  if (!existsSync(dir)) fail(`--dir: no directory ${dir}`);
  const from = values.from === undefined ? undefined : readCityFile(values.from, '--from', [dir, citiesDir]);
  let city: Record<string, unknown>;
  try {
    // The years every city file of the repository knows: the State Council's notice is national.
    city = scaffoldCity(options, { holidayCalendar: knownHolidayYears(citiesDir), from });
  } catch (error) {
    fail((error as Error).message);
  }
  try {
    // `wx`: another writer between the check above and here still does not get overwritten.
    writeFileSync(file, formatted(city), { flag: 'wx' });
  } catch (error) {
    fail(`${shown(file)}: ${(error as Error).message}`);
  }
  const synth =
    dir === resolve(citiesDir)
      ? `./dev synth ${options.id}`
      : `./dev pnpm exec cdk synth -c city=${options.id} -c citiesDir=${dir} --quiet`;
  console.log(
    `Wrote ${shown(file)}${from ? ` (policy sections from ${values.from})` : ''}: it validates and synthesises as it is.`,
  );
  listPlaceholders(city);
  console.log(`Holiday calendar: ${calendarLine(city.holidayCalendar as CityFile['holidayCalendar'])}.`);
  if (!from)
    console.log(
      'Subsidy: no programmes yet (calculations are refused); write them, or start again with --from <city>.',
    );
  console.log(`Next steps:
  1. Edit ${shown(file)}: replace every TODO, the example.invalid addresses and the 000000000000 account
     (districts and township codes, banks and their push channels, agencies, convenors, alarm e-mail, policy).
  2. ./dev city check ${options.id}${values.dir ? ` --dir ${values.dir}` : ''}   (validates; lists what is still a placeholder)
  3. ${synth}
  4. Follow the new-city checklist in docs/runbook.md (accounts, bank channels, first ops key, calendars, policy).`);
}

function checkCity(): void {
  const id = positionals[1];
  if (id === undefined || positionals.length > 2) fail(usage, 2);
  const raw = readCityFile(id, 'city check');
  const file = join(dir, `${id}.json`);
  try {
    const city = checkCityFile(raw, shown(file));
    if (city.id !== id) fail(`${shown(file)}:\n  id: must equal the file name "${id}"`);
  } catch (error) {
    // Every section's check names the field in its message; a stack trace would bury it.
    fail((error as Error).message);
  }
  console.log(`${shown(file)} is valid.`);
  listPlaceholders(raw);
  console.log(`Holiday calendar: ${calendarLine(raw.holidayCalendar)}.`);
}

switch (positionals[0]) {
  case 'new':
    newCity();
    break;
  case 'check':
    checkCity();
    break;
  default:
    fail(usage, 2);
}
