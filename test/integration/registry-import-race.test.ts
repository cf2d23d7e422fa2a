import { marshall } from '@aws-sdk/util-dynamodb';
import { loadCityConfig } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { registryManifest } from '@sme/registry';
import { envNames } from '@sme/runtime';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoDbEnterpriseRepository,
  toItem,
} from '../../services/registry/src/adapters/dynamodb-enterprise-repository.ts';
import { defaultWriters } from '../../services/registry/src/config.ts';
import type { StoredEnterprise } from '../../services/registry/src/domain/enterprise.ts';
import { decideRows, validateRows } from '../../services/registry/src/domain/import-rows.ts';
import {
  effectsOfEnterpriseRecord,
  overwrittenVersions,
} from '../../services/registry/src/handlers/enterprise-changes.ts';
import { importChunk } from '../../services/registry/src/use-cases/import-chunk.ts';
import { startTestTables, type TestTables } from '../support/dynamodb-local.ts';

const city = loadCityConfig('linshan');
const agency = { clientId: 'c-agency', orgId: 'ls-market', role: 'agency' as const };
const office = { clientId: 'c-office', orgId: 'ls-coordination', role: 'coordinator' as const };
let tables: TestTables;
let repository: DynamoDbEnterpriseRepository;
beforeAll(async () => {
  tables = await startTestTables('racetest', { enterprises: registryManifest.tables.enterprises });
  // The stream consumer's tag writes name the table from the environment, as deployed.
  process.env[envNames.table('enterprises')] = tables.names.enterprises ?? '';
  repository = new DynamoDbEnterpriseRepository(tables.documents, tables.names.enterprises ?? '');
});
afterAll(async () => {
  await tables?.stop();
});

const body = (uscc: string, employees: number, name = '临山竞态测试企业') => ({
  uscc,
  name,
  entityType: 'enterprise',
  township: '999101002',
  industryCode: 'C3420',
  employees,
  annualRevenueYuan: 5_000_000,
});

/** Stores version 1 of an enterprise the way an import of one row would. */
async function registered(uscc: string) {
  const { valid } = validateRows([{ row: 1, data: body(uscc, 30) }]);
  const { writes } = decideRows({
    writers: defaultWriters,
    valid,
    existing: new Map(),
    city,
    principal: agency,
    jobId: 'seed',
    now: '2026-11-24T00:00:00.000Z',
  });
  await repository.putAll(writes);
}

/** The office changes the enterprise's name (a conditional PUT of the next version), as an agency PUT would. */
async function renamedByOffice(uscc: string, name: string) {
  const current = (await repository.getMany([uscc])).get(uscc);
  if (!current) throw new Error('not stored');
  const { valid } = validateRows([{ row: 1, data: body(uscc, current.employees ?? 0, name) }]);
  const { writes } = decideRows({
    writers: defaultWriters,
    valid,
    existing: new Map([[uscc, current]]),
    city,
    principal: office,
    jobId: 'office',
    now: '2026-11-24T00:00:01.000Z',
  });
  const [next] = writes;
  if (!next) throw new Error('no change');
  await repository.save(next, current.version);
}

describe('Function: importChunk (DynamoDB Local)', () => {
  it('never writes over a version it did not read: after a PUT between its read and its write, the row is decided again as the next version', async () => {
    // Arrange: v1 stored; the import's first read is followed at once by the office's rename (v2).
    const uscc = demoUscc('999101', 'RACE00001');
    await registered(uscc);
    let reads = 0;
    const racing = {
      getMany: async (usccs: string[]) => {
        const found = await repository.getMany(usccs);
        if (++reads === 1) await renamedByOffice(uscc, '临山竞态测试企业（更名）');
        return found;
      },
      putAll: (e: Parameters<typeof repository.putAll>[0]) => repository.putAll(e),
      saveAll: (v: Parameters<typeof repository.saveAll>[0]) => repository.saveAll(v),
    };
    const { valid } = validateRows([{ row: 7, data: body(uscc, 45) }]);

    // Act: the import row (a whole record, as rows are) changes the headcount.
    const results = await importChunk({
      valid,
      repository: racing,
      city,
      principal: agency,
      jobId: 'job-1',
      now: '2026-11-24T00:00:02.000Z',
    });

    // Assess: read twice; the import's values became v3, after the office's v2 (not written over it as
    // a second v2, which the stream's audit and events would have dropped as a duplicate).
    expect(reads).toBe(2);
    expect(results).toEqual([{ row: 7, outcome: 'updated', key: uscc }]);
    const stored = (await repository.getMany([uscc])).get(uscc);
    expect(stored?.version).toBe(3);
    expect(stored?.name).toBe('临山竞态测试企业');
    expect(stored?.employees).toBe(45);
    expect(stored?.updatedBy.clientId).toBe('c-agency');
  });

  it('rejects a row after three lost races, naming the USCC, and writes nothing for it', async () => {
    // Arrange: every read is followed by another rename.
    const uscc = demoUscc('999101', 'RACE00002');
    await registered(uscc);
    let reads = 0;
    const racing = {
      getMany: async (usccs: string[]) => {
        const found = await repository.getMany(usccs);
        await renamedByOffice(uscc, `临山竞态测试企业（第${++reads}次更名）`);
        return found;
      },
      putAll: (e: Parameters<typeof repository.putAll>[0]) => repository.putAll(e),
      saveAll: (v: Parameters<typeof repository.saveAll>[0]) => repository.saveAll(v),
    };
    const { valid } = validateRows([{ row: 3, data: body(uscc, 99) }]);

    // Act
    const results = await importChunk({
      valid,
      repository: racing,
      city,
      principal: agency,
      jobId: 'job-2',
      now: '2026-11-24T00:00:03.000Z',
    });

    // Assess
    expect(reads).toBe(3);
    expect(results).toEqual([
      {
        row: 3,
        outcome: 'rejected',
        key: uscc,
        errors: [
          {
            path: 'uscc',
            message: expect.stringContaining('changed by another writer during the import 3 times'),
          },
        ],
      },
    ]);
    const stored = (await repository.getMany([uscc])).get(uscc);
    expect(stored?.version).toBe(4);
    expect(stored?.employees).toBe(30);
  });

  it('a new enterprise an agency created between the read and the write is written over, then found and re-stamped', async () => {
    // Arrange: the chunk reads the USCC absent; the office registers it (v1) before the chunk writes.
    const uscc = demoUscc('999101', 'RACE00003');
    let officeVersion: StoredEnterprise | undefined;
    const racing = {
      getMany: async (usccs: string[]) => {
        const found = await repository.getMany(usccs);
        const { valid } = validateRows([{ row: 1, data: body(uscc, 12, '临山竞态测试企业（办公室登记）') }]);
        const { writes } = decideRows({
          writers: defaultWriters,
          valid,
          existing: new Map(),
          city,
          principal: office,
          jobId: 'office',
          now: '2026-11-24T00:00:04.000Z',
        });
        officeVersion = writes[0];
        if (officeVersion) await repository.save(officeVersion, undefined);
        return found;
      },
      putAll: (e: Parameters<typeof repository.putAll>[0]) => repository.putAll(e),
      saveAll: (v: Parameters<typeof repository.saveAll>[0]) => repository.saveAll(v),
    };
    const { valid } = validateRows([{ row: 5, data: body(uscc, 60) }]);
    await importChunk({
      valid,
      repository: racing,
      city,
      principal: agency,
      jobId: 'job-3',
      now: '2026-11-24T00:00:05.000Z',
    });
    const imported = (await repository.getMany([uscc])).get(uscc);
    if (!officeVersion || !imported) throw new Error('race not set up');
    // The stream record of the import's write, as DynamoDB Streams gives it (NEW_AND_OLD_IMAGES).
    const record = {
      eventName: 'MODIFY',
      dynamodb: {
        Keys: marshall({ pk: `ENT#${uscc}`, sk: 'ENT' }),
        OldImage: marshall(toItem(officeVersion), { removeUndefinedValues: true }),
        NewImage: marshall(toItem(imported), { removeUndefinedValues: true }),
        SequenceNumber: '1',
      },
    } as unknown as DynamoDBRecord;

    // Act
    const overwritten = overwrittenVersions([record]);
    const effects = effectsOfEnterpriseRecord(record);
    const restamped = await repository.restamp(
      uscc,
      imported.version,
      imported.updatedAt,
      '2026-11-24T00:00:06.000Z',
    );
    const again = await repository.restamp(
      uscc,
      imported.version,
      imported.updatedAt,
      '2026-11-24T00:00:07.000Z',
    );

    // Assess: both were v1; the audit keeps what was written over, no event for the duplicate number,
    // and the import's write is v2 now (once).
    expect([officeVersion.version, imported.version]).toEqual([1, 1]);
    expect(overwritten.map((e) => e.uscc)).toEqual([uscc]);
    expect(effects?.events ?? []).toEqual([]);
    expect(effects?.audit?.[0]).toMatchObject({
      action: 'enterprise.overwritten',
      discriminator: `v1-over-v1-${imported.updatedAt}`,
      changes: {
        name: { from: '临山竞态测试企业（办公室登记）', to: '临山竞态测试企业' },
        employees: { from: 12, to: 60 },
      },
      detail: { overwritten: { version: 1, by: { clientId: 'c-office' } } },
    });
    expect([restamped, again]).toEqual([true, false]);
    const stored = (await repository.getMany([uscc])).get(uscc);
    expect(stored?.version).toBe(2);
    expect(stored?.employees).toBe(60);
  });
});
