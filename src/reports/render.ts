import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Report } from './catalog.js';
import type { Cell } from './flatten.js';
import type { ReportRequest } from './params.js';
import type { ReportPage } from './run-report.js';

export const MEDIA_TYPE = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const headersOf = (report: Report, header: ReportRequest['header']): string[] =>
  report.columns.map((c) => (header === 'zh' ? c.label.zh : c.name));

/**
 * The JSON answer: rows as objects at `$.data[*]` (the fixed path BI tools take), keyed by the
 * columns' machine names (`header=zh`: their Chinese labels), with the page around them.
 */
export function renderJson(report: Report, req: ReportRequest, page: ReportPage): Buffer {
  const keys = headersOf(report, req.header);
  return Buffer.from(
    JSON.stringify({
      report: report.name,
      title: report.title,
      data: page.rows.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i]]))),
      page: Math.floor(page.offset / page.limit) + 1,
      pageSize: page.limit,
      offset: page.offset,
      total: page.total,
      hasMore: page.hasMore,
      columns: report.columns.map((c) => ({ name: c.name, label: c.label, type: c.type })),
    }),
    'utf8',
  );
}

/**
 * CSV per RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark so Excel reads the
 * Chinese; numbers unformatted, true/false, unknown as an empty cell.
 */
export function renderCsv(report: Report, req: ReportRequest, page: ReportPage): Buffer {
  const text = stringify(page.rows, {
    bom: true,
    header: true,
    columns: headersOf(report, req.header),
    record_delimiter: 'windows',
    // A line break of either kind inside a cell is quoted (the writer would only quote CRLF).
    quoted_match: /[\r\n]/,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      number: (v) => String(v),
      string: (v) => defuseFormula(v),
    },
  });
  return Buffer.from(text, 'utf8');
}

/**
 * Text that a spreadsheet would run as a formula (=, +, @, a tab or CR first; - before something
 * other than a number) gets a leading apostrophe, the usual defence against CSV injection: a name
 * fed into the graph must not become a formula on an analyst's machine. XLSX cells are typed as
 * text already and need nothing.
 */
export function defuseFormula(text: string): string {
  return /^[=+@\t\r]|^-(?![\d.])/.test(text) ? `'${text}` : text;
}

/**
 * An Excel workbook (exceljs): the page as a table with a frozen, filterable header, numbers as
 * numbers and full dates as dates (yyyy-mm-dd), plus a sheet saying what the table is.
 */
export async function renderXlsx(
  report: Report,
  req: ReportRequest,
  page: ReportPage,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ChainAtlas 链图';
  const sheet = book.addWorksheet(sheetName(report.title.zh), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const headers = headersOf(report, req.header);
  sheet.columns = report.columns.map((c, i) => ({
    header: headers[i],
    key: c.name,
    width: Math.min(40, Math.max(10, headers[i]!.length * 2 + 2)),
    style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of page.rows)
    sheet.addRow(cells.map((cell, i) => excelValue(report.columns[i]!.type, cell)));
  if (page.rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };

  const about = book.addWorksheet('说明 About');
  about.columns = [{ width: 18 }, { width: 80 }];
  const params = Object.entries(req.variables).map(
    ([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`,
  );
  about.addRows([
    ['报表 Report', report.name],
    ['标题 Title', `${report.title.zh} / ${report.title.en}`],
    ['说明 About', `${report.description.zh} / ${report.description.en}`],
    ['参数 Parameters', params.join('  ') || '–'],
    ['行 Rows', `${page.offset + 1}–${page.offset + page.rows.length} / ${page.total}`],
    ['排序 Order', `${report.order.zh} / ${report.order.en}`],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function excelValue(type: string, cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (type === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell))
    return new Date(`${cell}T00:00:00Z`);
  return cell;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
