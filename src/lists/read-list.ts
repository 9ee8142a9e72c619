import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { badInput } from '../errors/app-error.js';

/**
 * Reads an enterprise list as the team holds it: CSV in UTF-8 (with or without BOM) or GBK (what
 * Excel on a Chinese Windows saves), or the first worksheet of an XLSX. The rows come back as
 * text, with a canonical CSV rendering of them (UTF-8, one row a line, header first): the graph
 * keeps that text as the list's Source, and each fact points at its row's line in it.
 */
export interface ListTable {
  header: string[];
  rows: string[][];
  /** The canonical text: header line, then one line per row, `\n` separated. */
  text: string;
  /** Offsets of each data row's line in `text` (start, end exclusive). */
  spans: { start: number; end: number }[];
  encoding: 'utf-8' | 'gbk' | 'xlsx';
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Caps on a list's shape: a compressed XLSX of a few MB can unfold into millions of cells, so the
 * columns read and the rows kept are bounded whatever the file says.
 */
export const MAX_COLUMNS = 200;
export const MAX_ROWS = 200_000;

/** Decodes CSV bytes: UTF-8 when they are valid UTF-8 (BOM removed), else GBK. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

export async function readList(bytes: Buffer, fileName: string): Promise<ListTable> {
  let table: string[][];
  let encoding: ListTable['encoding'];
  if (bytes.subarray(0, 4).equals(XLSX_MAGIC) || /\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (err) {
      throw badInput('file', `not a readable XLSX workbook: ${(err as Error).message}`);
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw badInput('file', 'the workbook has no worksheet');
    if (sheet.actualColumnCount > MAX_COLUMNS)
      throw badInput(
        'file',
        `the sheet has ${sheet.actualColumnCount} columns with values; a list has at most ${MAX_COLUMNS}`,
      );
    if (sheet.actualRowCount > MAX_ROWS + 1)
      throw badInput(
        'file',
        `the sheet has ${sheet.actualRowCount} rows; at most ${MAX_ROWS} a list`,
      );
    const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
    table = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= columns; c += 1) cells.push(cellText(row.getCell(c).value));
      table.push(cells);
    });
    encoding = 'xlsx';
  } else {
    const decoded = decodeCsv(bytes);
    encoding = decoded.encoding;
    try {
      table = parse(decoded.text, {
        relax_column_count: true,
        skip_empty_lines: true,
        bom: true,
      }) as string[][];
    } catch (err) {
      throw badInput('file', `not readable as CSV: ${(err as Error).message}`);
    }
    const wide = table.findIndex((r) => r.length > MAX_COLUMNS);
    if (wide >= 0)
      throw badInput(
        'file',
        `row ${wide + 1} has ${table[wide]!.length} columns; a list has at most ${MAX_COLUMNS}`,
      );
    if (table.length > MAX_ROWS + 1)
      throw badInput('file', `the file has ${table.length} rows; at most ${MAX_ROWS} a list`);
  }
  const trimmed = table
    .map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim()))
    .filter((r) => r.some((c) => c !== ''));
  if (trimmed.length < 2)
    throw badInput('file', 'the list needs a header row and at least one row');
  // Columns past the last headed one carry nothing a field can be read from: cut.
  const width = trimmed[0]!.reduce((w, c, i) => (c ? i + 1 : w), 0);
  const [header, ...rows] = trimmed.map((r) => r.slice(0, Math.max(width, 1))) as [
    string[],
    ...string[][],
  ];
  // The canonical text: each row one CSV line (line breaks inside cells were folded above).
  const lines = [header, ...rows].map((r) => stringify([r], { record_delimiter: '' }));
  const spans: ListTable['spans'] = [];
  let at = lines[0]!.length + 1;
  for (const line of lines.slice(1)) {
    spans.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return { header, rows, text: lines.join('\n'), spans, encoding };
}
