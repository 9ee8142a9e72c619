import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { uid } from '../dataset/graph-model.js';
import type { GraphRows, Props } from '../dataset/to-graph.js';

/**
 * Between the elements of a list property in the CSV files (neo4j-admin --array-delimiter):
 * the ASCII unit separator, which no name, alias, tag or span contains.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

type Column = { name: string; type: 'string' | 'double' | 'boolean' | 'string[]' };

/** One CSV file of rows sharing a header (the same label or type and the same property columns). */
interface CsvFile {
  file: string;
  columns: Column[];
  fd: number;
  buffer: string[];
  size: number;
}

export interface CsvFiles {
  /** Node files and relationship files, each starting with its header line. */
  nodeFiles: string[];
  relationshipFiles: string[];
  nodes: number;
  relationships: number;
  /** Whether some value holds a line break (neo4j-admin then needs --multiline-fields). */
  multiline: boolean;
}

/**
 * Writes the rows of toGraph (src/dataset/to-graph.ts) as neo4j-admin import CSV files so that
 * the loaded graph equals what the normal import (cypher/dataset/upsert-*, rel-*, evidence)
 * writes for the same records into an empty database:
 * - a node gets its label and :Entity, the record's properties (`SET n = row.props`), `uid` and
 *   `contentHash`;
 * - a relationship gets its properties and its per-owner `key`; an evidence span becomes
 *   (n)-[:EVIDENCED_BY {key, start, end}]->(:Source);
 * - numbers are stored as floats, as the driver sends JavaScript numbers.
 * Rows with different property sets go to different files, each with its own header, so no
 * absent property is ever written as a value. Streaming: rows are appended as they come.
 */
export class CsvGraphWriter {
  private readonly files = new Map<string, CsvFile>();
  private readonly nodeFiles: string[] = [];
  private readonly relFiles: string[] = [];
  private nodes = 0;
  private rels = 0;
  private multiline = false;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir))
      if (/^(nodes|rels)-.*\.csv$/.test(name)) rmSync(path.join(dir, name));
  }

  add(rows: GraphRows): void {
    for (const n of rows.nodes) {
      // `uid:ID` stores the uid property itself.
      const props: Props = { ...n.props, contentHash: n.hash };
      this.write(
        'nodes',
        n.label,
        ['uid:ID', ':LABEL'],
        [n.uid, `${n.label}${ARRAY_DELIMITER}Entity`],
        props,
      );
      this.nodes++;
    }
    for (const r of rows.rels) {
      const props: Props = { ...r.props, key: r.key };
      this.write('rels', r.type, [':START_ID', ':END_ID', ':TYPE'], [r.from, r.to, r.type], props);
      this.rels++;
    }
    for (const e of rows.evidence) {
      const props: Props = { key: e.key, start: e.start, end: e.end };
      const to = uid('Source', e.source);
      this.write(
        'rels',
        'EVIDENCED_BY',
        [':START_ID', ':END_ID', ':TYPE'],
        [e.uid, to, 'EVIDENCED_BY'],
        props,
      );
      this.rels++;
    }
  }

  close(): CsvFiles {
    for (const f of this.files.values()) {
      this.flush(f);
      closeSync(f.fd);
    }
    return {
      nodeFiles: this.nodeFiles,
      relationshipFiles: this.relFiles,
      nodes: this.nodes,
      relationships: this.rels,
      multiline: this.multiline,
    };
  }

  private write(
    group: 'nodes' | 'rels',
    name: string,
    fixedHeader: string[],
    fixed: string[],
    props: Props,
  ): void {
    const keys = Object.keys(props).sort();
    const columns = keys.map((k) => ({ name: k, type: typeOf(k, props[k]) }));
    const signature = `${group}|${name}|${columns.map((c) => `${c.name}:${c.type}`).join(',')}`;
    let file = this.files.get(signature);
    if (!file) {
      const index = this.files.size + 1;
      const fileName = path.join(
        this.dir,
        `${group}-${name}-${String(index).padStart(3, '0')}.csv`,
      );
      const header = [...fixedHeader, ...columns.map((c) => `${c.name}:${c.type}`)];
      file = { file: fileName, columns, fd: openSync(fileName, 'w'), buffer: [], size: 0 };
      file.buffer.push(header.join(',') + '\n');
      this.files.set(signature, file);
      (group === 'nodes' ? this.nodeFiles : this.relFiles).push(fileName);
    }
    const cells = [...fixed.map((v) => this.cell(v)), ...keys.map((k) => this.value(props[k]))];
    const line = cells.join(',') + '\n';
    file.buffer.push(line);
    file.size += line.length;
    if (file.size > 1 << 20) this.flush(file);
  }

  private flush(f: CsvFile): void {
    if (!f.buffer.length) return;
    writeSync(f.fd, f.buffer.join(''));
    f.buffer = [];
    f.size = 0;
  }

  private value(v: unknown): string {
    if (Array.isArray(v)) {
      for (const x of v)
        if (String(x).includes(ARRAY_DELIMITER))
          throw new Error(`a list value contains the CSV array delimiter: ${JSON.stringify(x)}`);
      return this.cell(v.map(String).join(ARRAY_DELIMITER));
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
      return String(v);
    }
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return this.cell(String(v));
  }

  private cell(text: string): string {
    if (!this.multiline && /[\r\n]/.test(text)) this.multiline = true;
    return quote(text);
  }
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function typeOf(key: string, v: unknown): Column['type'] {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return 'string[]';
  throw new Error(
    `property ${key} has a value neo4j-admin import cannot take: ${JSON.stringify(v)}`,
  );
}
