import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A bundle on disk: its folder, the manifest its bundler wrote, and whether this call built it. */
export interface CachedBundle<M> {
  dir: string;
  manifest: M;
  built: boolean;
  ms: number;
}

/**
 * Hash of everything a bundle depends on: the files of its browser folder, its bundler's own
 * files and the exact package versions (package-lock.json). A change to any of them means a new
 * build.
 */
export async function sourceHash(browserDir: string, bundlerFiles: string[]): Promise<string> {
  const hash = createHash('sha256');
  const files = (await fs.readdir(browserDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const lock = path.join(projectRoot, 'package-lock.json');
  files.push(
    ...bundlerFiles.filter((f) => existsSync(f)),
    existsSync(lock) ? lock : path.join(projectRoot, 'package.json'),
  );
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    hash.update(await fs.readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function readManifest<M>(dir: string): Promise<M | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as M;
  } catch {
    return undefined;
  }
}

/**
 * Returns the bundle for `hash` under buildRoot, building it first with `bundle` when missing.
 * `bundle` writes into the folder it is given and writes manifest.json there last, so a folder
 * with a manifest is complete. Safe when several processes start at once: each builds into its
 * own temporary folder and renames it into place; the loser of the race keeps the winner's
 * identical result. Bundles of other source versions are removed afterwards.
 */
export async function ensureBundle<M>(
  buildRoot: string,
  hash: string,
  bundle: (outDir: string) => Promise<M>,
): Promise<CachedBundle<M>> {
  const started = Date.now();
  const dir = path.join(buildRoot, hash);
  const existing = await readManifest<M>(dir);
  if (existing) return { dir, manifest: existing, built: false, ms: Date.now() - started };

  await fs.mkdir(buildRoot, { recursive: true });
  const tmp = path.join(buildRoot, `.tmp-${hash}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const manifest = await bundle(tmp);
    await fs.rename(tmp, dir).catch(async (err: unknown) => {
      if (!(await readManifest(dir))) throw err;
    });
    await pruneBuilds(buildRoot, hash);
    return { dir, manifest, built: true, ms: Date.now() - started };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** Removes bundles of other source versions and temporary folders abandoned over an hour ago. */
async function pruneBuilds(buildRoot: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(buildRoot)) {
    if (name === keep) continue;
    const full = path.join(buildRoot, name);
    if (name.startsWith('.tmp-')) {
      const { mtimeMs } = await fs.stat(full).catch(() => ({ mtimeMs: Date.now() }));
      if (Date.now() - mtimeMs < 3_600_000) continue;
    }
    await fs.rm(full, { recursive: true, force: true });
  }
}
