import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatasetError, type Problem } from './dataset-error.js';
import { Bundle, KINDS, type Kind } from './records.js';

export interface LoadedDataset {
  bundle: Bundle;
  /** For every record (by kind and index in the merged bundle), the file it came from. */
  origin: Record<Kind, { file: string; index: number }[]>;
  files: string[];
}

/** Lists the bundle files of a dataset path: the file itself, or every *.json below a folder. */
export function datasetFiles(target: string): string[] {
  const st = statSync(target, { throwIfNoEntry: false });
  if (!st) throw new DatasetError([{ file: target, message: 'no such file or folder' }]);
  if (st.isFile()) return [target];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) files.push(full);
    }
  };
  walk(target);
  return files;
}

/**
 * Reads and shape-checks every bundle, then merges them. Every problem names the file, the
 * record (kind, index, id) and the field; any problem throws a DatasetError before any write.
 */
export function readDataset(target: string, displayRoot = process.cwd()): LoadedDataset {
  const files = datasetFiles(target);
  const problems: Problem[] = [];
  const merged = Object.fromEntries(KINDS.map((k) => [k, [] as unknown[]])) as unknown as Bundle;
  const origin = Object.fromEntries(
    KINDS.map((k) => [k, []]),
  ) as unknown as LoadedDataset['origin'];

  for (const file of files) {
    const shown = path.relative(displayRoot, file) || file;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push({ file: shown, message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const parsed = parseBundle(json, shown);
    if (!parsed.bundle) {
      problems.push(...parsed.problems);
      continue;
    }
    for (const kind of KINDS) {
      const records = parsed.bundle[kind] as unknown[];
      records.forEach((r, index) => {
        (merged[kind] as unknown[]).push(r);
        origin[kind].push({ file: shown, index });
      });
    }
  }
  if (problems.length) throw new DatasetError(problems);
  return { bundle: merged, origin, files };
}

/** Shape-checks one bundle (zod): the bundle, or the problems naming record and field. */
export function parseBundle(
  json: unknown,
  file: string,
): { bundle: Bundle; problems: [] } | { bundle: null; problems: Problem[] } {
  const parsed = Bundle.safeParse(json);
  if (parsed.success) return { bundle: parsed.data, problems: [] };
  return {
    bundle: null,
    problems: parsed.error.issues.map((issue) => {
      const [kind, index, ...field] = issue.path;
      const rec =
        typeof index === 'number'
          ? (json as Record<string, Record<string, unknown>[]>)[String(kind)]?.[index]
          : undefined;
      return {
        file,
        record:
          kind === undefined
            ? undefined
            : `${String(kind)}${typeof index === 'number' ? `[${index}]` : ''}${rec?.id ? ` (${String(rec.id)})` : ''}`,
        field: field.length ? field.join('.') : undefined,
        message: issue.message,
      };
    }),
  };
}

/** Records built in memory (an edit, a list) as a loaded dataset, every record from `file`. */
export function loadedFrom(bundle: Bundle, file: string): LoadedDataset {
  const origin = Object.fromEntries(
    KINDS.map((k) => [k, (bundle[k] as unknown[]).map((_, index) => ({ file, index }))]),
  ) as unknown as LoadedDataset['origin'];
  return { bundle, origin, files: [file] };
}
