import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Table {
  bom: boolean;
  crlf?: boolean;
  sheets: string[];
  header: string[];
  rows: unknown[][];
}

/**
 * Reads a CSV or XLSX body with test/support/read_table.py: Python's csv module for CSV, and
 * the standard library's zip and XML readers for XLSX, so the check does not share code (or a
 * library) with the app's writers.
 */
export function readTable(body: Buffer): Table {
  const dir = mkdtempSync(path.join(tmpdir(), 'chainatlas-table-'));
  try {
    const file = path.join(dir, 'table');
    writeFileSync(file, body);
    const out = execFileSync('python3', [path.resolve('test/support/read_table.py'), file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out) as Table;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
