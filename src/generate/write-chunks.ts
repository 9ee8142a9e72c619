import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Bundle } from '../dataset/records.js';
import { pad } from './generate-regions.js';

/**
 * The kinds a generated bundle holds, in dependency order: a chunk refers only to records of
 * earlier kinds or earlier/same chunks, so the files can be imported one after another.
 */
export const CHUNK_KINDS = [
  'districts',
  'parks',
  'events',
  'enterprises',
  'projects',
  'figures',
] as const;
type ChunkKind = (typeof CHUNK_KINDS)[number];
const CHUNK_FILE = new RegExp(`^(${CHUNK_KINDS.join('|')})-\\d{3,}\\.json$`);
/** At most this many records of any kind in one file. */
export const MAX_CHUNK = 20_000;

/**
 * Records per file: `chunkSize` for enterprises and projects (~5 relationships each); the
 * lighter kinds (a figure has one relationship) take four times as many, up to MAX_CHUNK.
 */
export function chunkSizeOf(kind: ChunkKind, chunkSize: number): number {
  return kind === 'enterprises' || kind === 'projects'
    ? Math.min(MAX_CHUNK, chunkSize)
    : Math.min(MAX_CHUNK, 4 * chunkSize);
}

/**
 * Writes each kind as `<kind>-001.json`, `<kind>-002.json`… of at most chunkSizeOf(kind) records, one
 * record per line (byte-identical for the same bundle), after removing chunk files of an earlier
 * run. Returns the paths in import order.
 */
export function writeChunks(bundle: Bundle, dir: string, chunkSize: number): string[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (CHUNK_FILE.test(name)) rmSync(path.join(dir, name));
  const files: string[] = [];
  for (const kind of CHUNK_KINDS) {
    const records = bundle[kind] as unknown[];
    const size = chunkSizeOf(kind, chunkSize);
    for (let start = 0, n = 1; start < records.length; start += size, n++) {
      const file = path.join(dir, `${kind}-${pad(n, 3)}.json`);
      const lines = records.slice(start, start + size).map((r) => JSON.stringify(r));
      writeFileSync(file, `{ ${JSON.stringify(kind)}: [\n${lines.join(',\n')}\n] }\n`);
      files.push(file);
    }
  }
  return files;
}
