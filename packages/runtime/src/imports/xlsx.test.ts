import { describe, expect, it } from 'vitest';
import { cellText, checkArchive, readXlsxSheet, writeXlsx } from './xlsx.ts';

describe('Function: writeXlsx and readXlsxSheet', () => {
  it('write a workbook the reader reads back: first sheet only, spreadsheet row numbers, cells as text', async () => {
    // Prepare
    const file = await writeXlsx([
      {
        name: '企业名录 enterprises',
        header: true,
        textColumns: [0],
        rows: [
          [
            '*统一社会信用代码 uscc',
            '*企业名称 name',
            '从业人员 employees',
            '有固定经营场所 hasFixedPremises',
          ],
          ['91999102MC0000010Y', '临山𠀀有限公司', 25, true],
          [],
          ['91999102MC0000028Q', undefined, 0, false],
        ],
      },
      { name: 'notes', rows: [['not read']] },
    ]);

    // Act
    const rows = await readXlsxSheet(file);

    // Assess: the empty row 3 is skipped, numbers are written as typed.
    expect(rows).toEqual([
      {
        row: 1,
        cells: [
          '*统一社会信用代码 uscc',
          '*企业名称 name',
          '从业人员 employees',
          '有固定经营场所 hasFixedPremises',
        ],
      },
      { row: 2, cells: ['91999102MC0000010Y', '临山𠀀有限公司', '25', 'true'] },
      { row: 4, cells: ['91999102MC0000028Q', '', '0', 'false'] },
    ]);
  });

  it('refuse what is not a workbook: an .xls, a CSV, a damaged zip', async () => {
    // Prepare
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const csv = Buffer.from('uscc,name\n', 'utf8');

    // Act
    const refusals = await Promise.all(
      [xls, csv].map((b) => readXlsxSheet(b).catch((e: Error) => e.message)),
    );

    // Assess
    expect(refusals[0]).toContain('.xls');
    expect(refusals[1]).toContain('not a zip archive');
  });
});

describe('Function: checkArchive', () => {
  it('refuses a zip whose directory declares more than 64 MB unpacked (a zip bomb) before unpacking', () => {
    // Prepare: one local header, one central-directory entry declaring 100 MB, the end record.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(100 * 1024 * 1024, 24);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46, 12);
    end.writeUInt32LE(30, 16);

    // Act
    const check = () => checkArchive(Buffer.concat([local, central, end]));

    // Assess
    expect(check).toThrowError(expect.objectContaining({ type: 'payload-too-large' }));
  });
});

describe('Function: cellText', () => {
  it('reads each kind of cell value as the text typed in it', () => {
    expect(cellText('1500000')).toBe('1500000');
    expect(cellText(25)).toBe('25');
    expect(cellText(new Date(Date.UTC(2019, 2, 5)))).toBe('2019-03-05');
    expect(cellText(new Date(Date.UTC(2019, 2, 5, 8, 30)))).toBe('2019-03-05T08:30:00.000Z');
    expect(cellText(false)).toBe('false');
    expect(cellText(' 临山公司 ')).toBe('临山公司');
    expect(cellText(null)).toBe('');
  });
});
