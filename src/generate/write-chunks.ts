import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
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
export type ChunkKind = (typeof CHUNK_KINDS)[number];
const CHUNK_FILE = new RegExp(`^(${CHUNK_KINDS.join('|')})-\\d{3,}\\.json$`);

/** Whether a file is a chunk file this writer makes (`<kind>-001.json`, …). */
export const isChunkFile = (file: string): boolean => CHUNK_FILE.test(path.basename(file));

/** Chunk files in their import order: by kind (CHUNK_KINDS), then by name. */
export function orderChunks(files: string[]): string[] {
  const rank = (f: string) => CHUNK_KINDS.findIndex((k) => path.basename(f).startsWith(`${k}-`));
  return [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
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
 * Writes records as they come, each kind as `<kind>-001.json`, `<kind>-002.json`… of at most
 * chunkSizeOf(kind) records, one record per line: a file is written as soon as it is full, so
 * only one chunk per kind is ever held in memory. Removes chunk files of an earlier run first.
 */
export class ChunkWriter {
  private readonly pending = new Map<ChunkKind, string[]>();
  private readonly written = new Map<ChunkKind, string[]>();

  constructor(
    private readonly dir: string,
    private readonly chunkSize: number,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (isChunkFile(name)) rmSync(path.join(dir, name));
  }

  add(kind: ChunkKind, record: unknown): void {
    let lines = this.pending.get(kind);
    if (!lines) this.pending.set(kind, (lines = []));
    lines.push(JSON.stringify(record));
    if (lines.length >= chunkSizeOf(kind, this.chunkSize)) this.flush(kind);
  }

  /** Writes what is pending and returns every file written, in import order. */
  close(): string[] {
    for (const kind of CHUNK_KINDS) this.flush(kind);
    return CHUNK_KINDS.flatMap((kind) => this.written.get(kind) ?? []);
  }

  private flush(kind: ChunkKind): void {
    const lines = this.pending.get(kind);
    if (!lines?.length) return;
    const files = this.written.get(kind) ?? [];
    const file = path.join(this.dir, `${kind}-${pad(files.length + 1, 3)}.json`);
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, `{ ${JSON.stringify(kind)}: [\n`);
      // Written in slices: one string of a whole chunk could pass V8's string size limit.
      for (let i = 0; i < lines.length; i += 1000)
        writeSync(fd, (i ? ',\n' : '') + lines.slice(i, i + 1000).join(',\n'));
      writeSync(fd, '\n] }\n');
    } finally {
      closeSync(fd);
    }
    files.push(file);
    this.written.set(kind, files);
    this.pending.set(kind, []);
  }
}

/**
 * Writes each kind of a bundle as chunk files (see ChunkWriter; byte-identical for the same
 * bundle), after removing chunk files of an earlier run. Returns the paths in import order.
 */
export function writeChunks(bundle: Bundle, dir: string, chunkSize: number): string[] {
  const writer = new ChunkWriter(dir, chunkSize);
  for (const kind of CHUNK_KINDS) for (const r of bundle[kind] as unknown[]) writer.add(kind, r);
  return writer.close();
}
