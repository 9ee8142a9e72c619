import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleIde, type IdeManifest } from './bundle-ide.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));

/** Built bundles live here, one folder per source hash (git-ignored). */
export const defaultBuildRoot = path.join(projectRoot, '.ide-build');

export interface IdeBuild {
  /** The folder the assets are served from. */
  dir: string;
  manifest: IdeManifest;
  /** False when an up-to-date bundle was already on disk. */
  built: boolean;
  ms: number;
}

/**
 * Hash of everything the bundle depends on: the browser sources, the bundler settings and the
 * exact package versions (package-lock.json). A change to any of them means a new build.
 */
export async function ideSourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await fs.readdir(browserDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const bundler = ['./bundle-ide.ts', './bundle-ide.js']
    .map((f) => fileURLToPath(new URL(f, import.meta.url)))
    .filter((f) => existsSync(f));
  const lock = path.join(projectRoot, 'package-lock.json');
  files.push(...bundler, existsSync(lock) ? lock : path.join(projectRoot, 'package.json'));
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    hash.update(await fs.readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<IdeManifest | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as IdeManifest;
  } catch {
    return undefined;
  }
}

/**
 * Returns the bundle for the current sources, building it first when missing or stale.
 * Safe when several processes start at once: each builds into its own temporary folder and
 * renames it into place; the loser of the race keeps the winner's identical result.
 */
export async function ensureIdeBuild(buildRoot = defaultBuildRoot): Promise<IdeBuild> {
  const started = Date.now();
  const hash = await ideSourceHash();
  const dir = path.join(buildRoot, hash);
  const existing = await readManifest(dir);
  if (existing) return { dir, manifest: existing, built: false, ms: Date.now() - started };

  await fs.mkdir(buildRoot, { recursive: true });
  const tmp = path.join(buildRoot, `.tmp-${hash}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const manifest = await bundleIde({
      entry: path.join(browserDir, 'main.tsx'),
      tsconfig: path.join(browserDir, 'tsconfig.json'),
      outDir: tmp,
      hash,
    });
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
