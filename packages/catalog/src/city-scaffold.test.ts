import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citiesDir, loadCityConfig } from '@sme/kernel';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CityFile,
  checkCityFile,
  knownHolidayYears,
  parseScaffoldOptions,
  placeholders,
  scaffoldCity,
} from './city-scaffold.ts';
import { citySchemaPath } from './city-schema.ts';

const linshan = JSON.parse(readFileSync(join(citiesDir, 'linshan.json'), 'utf8')) as CityFile;
// With formats: an editor checks the placeholder e-mail and dates as well.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(citySchemaPath, 'utf8')));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sme-city-scaffold-'));
  dirs.push(dir);
  return dir;
};

describe('Function: scaffoldCity', () => {
  it('writes a file that cities/city.schema.json and the zod checks accept, loadable by id from its dir', () => {
    // Prepare
    const dir = tempDir();

    // Act
    const city = scaffoldCity(
      { id: 'demo2', name: '示范市' },
      { holidayCalendar: knownHolidayYears(citiesDir) },
    );
    writeFileSync(join(dir, 'demo2.json'), JSON.stringify(city, null, 2));
    const loaded = loadCityConfig('demo2', dir);

    // Assess
    expect(validate(city), JSON.stringify(validate.errors)).toBe(true);
    expect(checkCityFile(city, 'demo2.json').id).toBe('demo2');
    expect(loaded.name).toBe('示范市');
    expect(loaded.deployment).toEqual({
      region: 'cn-north-1',
      alarmEmail: 'todo-alarms@example.invalid',
      logRetentionDays: 365,
    });
    expect(loaded.banks.map((b) => [b.id, b.delivery.kind])).toEqual([
      ['demo2-bank-sqs', 'sqs'],
      ['demo2-bank-webhook', 'webhook'],
    ]);
    expect(loaded.agencies.map((a) => a.kind)).toEqual([
      'market-supervision',
      'tax',
      'court',
      'human-resources-social-security',
      'industry-department',
      'finance-office',
      'township',
    ]);
    expect(loaded.agencies.at(-1)?.townships).toEqual(['999901001']);
    expect(loaded.coordinators.map((c) => c.id)).toEqual([
      'demo2-office',
      'demo2-convenor',
      'demo2-deputy-convenor',
    ]);
    expect(loaded.matching).toMatchObject({
      convenors: ['demo2-convenor', 'demo2-deputy-convenor'],
      competentDepartments: [{ agencies: ['demo2-econ'], industries: [] }],
      maxBanksPerEnterprise: 3,
    });
    expect(Object.keys(loaded.matching.banks as object)).toEqual(['demo2-bank-sqs', 'demo2-bank-webhook']);
    expect(loaded.monitoring).toEqual(linshan.monitoring);
    expect(city).not.toHaveProperty('subsidy');
    // The national calendar: every year the repository's city files know.
    expect(loaded.holidayCalendar).toEqual(linshan.holidayCalendar);
  });

  it('marks everything that is the city own as a placeholder, and the demo city has none left', () => {
    // Act
    const left = placeholders(scaffoldCity({ id: 'demo2', name: '示范市', division: '330100' }));
    const paths = left.map((p) => p.path);

    // Assess
    expect(paths).toEqual(
      expect.arrayContaining([
        'deployment.alarmEmail',
        'districts.0.name',
        'banks.0.name',
        'banks.0.delivery.accountId',
        'banks.1.delivery.url',
        'agencies.0.name',
        'coordinators.1.name',
        'guarantors.0.name',
        'financeBureaus.0.name',
        'matching.banks.demo2-bank-sqs.products.0.name',
        'blacklist.criteria.0.text',
      ]),
    );
    expect(left.find((p) => p.path === 'agencies.0.name')?.value).toBe('TODO: 示范市市场监督管理局');
    expect(left.find((p) => p.path === 'banks.0.delivery.accountId')?.value).toBe('000000000000');
    expect(placeholders(linshan)).toEqual([]);
  });

  it('takes the given region, account, alarm address and division', () => {
    // Act
    const city = checkCityFile(
      scaffoldCity({
        id: 'hz',
        name: '杭州市',
        region: 'cn-northwest-1',
        account: '123456789012',
        alarmEmail: 'ops@hz.example.com',
        division: '330100',
      }),
      'hz',
    );

    // Assess
    expect(city.deployment).toEqual({
      account: '123456789012',
      region: 'cn-northwest-1',
      alarmEmail: 'ops@hz.example.com',
      logRetentionDays: 365,
    });
    expect(city.districts[0]?.code).toBe('330101');
    expect(city.districts[0]?.townships[0]?.code).toBe('330101001');
    expect(placeholders(city).map((p) => p.path)).not.toContain('deployment.alarmEmail');
  });

  it('with from, copies the policy sections, not the organisations: programme ids re-prefixed, description marked', () => {
    // Prepare
    const from = {
      ...linshan,
      blacklist: { ...(linshan.blacklist as object), extraLocalRegions: ['临山高新区'] },
    };

    // Act
    const city = scaffoldCity({ id: 'demo3', name: '示范市' }, { from });
    const checked = checkCityFile(city, 'demo3');

    // Assess
    expect(validate(city), JSON.stringify(validate.errors)).toBe(true);
    const programs = (checked.subsidy as { programs: { id: string }[] }).programs;
    expect(programs.map((p) => p.id)).toContain('demo3-guarantee-fee-2022');
    expect(programs.every((p) => p.id.startsWith('demo3-'))).toBe(true);
    expect((checked.subsidy as { description: string }).description).toMatch(/^TODO: copied from linshan/);
    expect(checked.blacklist).toMatchObject({
      criteria: (linshan.blacklist as { criteria: unknown }).criteria,
    });
    expect((checked.blacklist as { extraLocalRegions: string[] }).extraLocalRegions).toEqual([]);
    expect(checked.holidayCalendar).toEqual(linshan.holidayCalendar);
    expect(checked.banks.every((b) => b.id.startsWith('demo3-'))).toBe(true);
    expect(checked.matching).toMatchObject({ convenors: ['demo3-convenor', 'demo3-deputy-convenor'] });
  });

  it('refuses a bad id, name, region or division, naming each field', () => {
    // Act
    const scaffold = () =>
      scaffoldCity({ id: 'Demo 2', name: '示', region: 'north-china', division: '3301' } as never);

    // Assess
    expect(scaffold).toThrow(/id: city id: lower-case letters, digits and dashes/);
    expect(scaffold).toThrow(/name: the city name in Chinese/);
    expect(scaffold).toThrow(/region: an AWS region such as cn-north-1/);
    expect(scaffold).toThrow(/division: a 6-digit city division code/);
    expect(() => parseScaffoldOptions({ name: '示范市' })).toThrow(/id: /);
  });
});

describe('Function: knownHolidayYears', () => {
  it('unites the years of every city file of a dir, skipping the schema and files that are not JSON', () => {
    // Prepare
    const dir = tempDir();
    const y = (year: string) => ({ holidays: [`${year}-01-01`], makeUpWorkdays: [] });
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', holidayCalendar: { '2026': y('2026') } }));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ id: 'b', holidayCalendar: { '2027': y('2027') } }));
    writeFileSync(join(dir, 'city.schema.json'), JSON.stringify({ holidayCalendar: { '1999': y('1999') } }));
    writeFileSync(join(dir, 'broken.json'), '{');

    // Act
    const years = knownHolidayYears(dir);

    // Assess
    expect(years).toEqual({ '2026': y('2026'), '2027': y('2027') });
  });
});
