import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CYPHER_ROOT = path.resolve(here, '../../cypher');

const cache = new Map<string, string>();

/**
 * Returns the statement stored in cypher/<key>.cypher (e.g. key "district/by-id").
 * The file's path is its key; files are read once and cached. A line `// @include <key>`
 * is replaced by the fragment file cypher/<key>.cypher (fragments start with "_" and hold
 * clauses shared by several statements, such as the project filters).
 */
export function cypher(key: string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (!/^[a-z0-9_-]+(\/[a-z0-9_.-]+)*$/.test(key)) throw new Error(`Invalid cypher key "${key}"`);
    text = readFileSync(path.join(CYPHER_ROOT, `${key}.cypher`), 'utf8').replace(
      /^[ \t]*\/\/[ \t]*@include[ \t]+(\S+)[ \t]*$/gm,
      (_line, fragment: string) => stripHeader(cypher(fragment)),
    );
    cache.set(key, text);
  }
  return text;
}

/** A fragment's body without its header comment lines. */
function stripHeader(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Fragments are included by statements, never run alone. */
export const isFragment = (key: string): boolean => key.split('/').pop()!.startsWith('_');

/** Every key under cypher/ (optionally below a folder), sorted. */
export function cypherKeys(folder = ''): string[] {
  const base = path.join(CYPHER_ROOT, folder);
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.cypher')) {
        keys.push(
          path
            .relative(CYPHER_ROOT, full)
            .replace(/\\/g, '/')
            .replace(/\.cypher$/, ''),
        );
      }
    }
  };
  walk(base);
  return keys;
}
