import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, readList } from '../../src/lists/read-list.js';

// The shape caps of an enterprise list: a small file must not unfold into millions of cells.
describe('reading a list', () => {
  it('refuses a CSV row wider than the column cap, naming the row', async () => {
    const wide = ['企业名称', ...Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`)].join(',');
    await expect(readList(Buffer.from(`${wide}\n甲公司\n`, 'utf8'), 'w.csv')).rejects.toMatchObject(
      {
        message: expect.stringContaining(`row 1 has ${MAX_COLUMNS + 1} columns`),
      },
    );
  });

  it('reads an XLSX whose last column is far out only up to its headed columns', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('L');
    sheet.addRow(['企业名称', '所在区县']);
    sheet.addRow(['甲公司', '高新区']);
    sheet.getRow(2).getCell(16_000).value = 'far out';
    const table = await readList(Buffer.from(await book.xlsx.writeBuffer()), 'w.xlsx');
    expect(table.rows[0]).toEqual(['甲公司', '高新区']);
    expect(table.text).toBe('企业名称,所在区县\n甲公司,高新区');
  });
});
