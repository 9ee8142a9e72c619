import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));

/** Built bundles of the chain-map page, one folder per source hash (git-ignored). */
export const defaultMapBuildRoot = path.join(projectRoot, '.map-build');

export interface MapManifest {
  hash: string;
  script: string;
  style: string;
  bytes: number;
}

export interface MapBuild {
  dir: string;
  manifest: MapManifest;
  built: boolean;
  ms: number;
}

/** Hash of the browser sources and the exact package versions: a change means a new build. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await fs.readdir(browserDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const lock = path.join(projectRoot, 'package-lock.json');
  files.push(
    fileURLToPath(import.meta.url),
    existsSync(lock) ? lock : path.join(projectRoot, 'package.json'),
  );
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    hash.update(await fs.readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<MapManifest | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as MapManifest;
  } catch {
    return undefined;
  }
}

/**
 * The page's bundle (ECharts and the page's code, from npm, with esbuild), built when missing or
 * stale into its own temporary folder and renamed into place, as the IDE's is.
 */
export async function ensureMapBuild(buildRoot = defaultMapBuildRoot): Promise<MapBuild> {
  const started = Date.now();
  const hash = await sourceHash();
  const dir = path.join(buildRoot, hash);
  const existing = await readManifest(dir);
  if (existing) return { dir, manifest: existing, built: false, ms: Date.now() - started };
  await fs.mkdir(buildRoot, { recursive: true });
  const tmp = path.join(buildRoot, `.tmp-${hash}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const result = await esbuild.build({
      bundle: true,
      platform: 'browser',
      target: ['es2022'],
      minify: true,
      charset: 'utf8',
      format: 'esm',
      entryNames: '[name]-[hash]',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: browserDir,
      entryPoints: {
        map: path.join(browserDir, 'main.ts'),
        'map-style': path.join(browserDir, 'map.css'),
      },
      tsconfig: path.join(browserDir, 'tsconfig.json'),
      outdir: tmp,
    });
    const outputs = Object.entries(result.metafile.outputs);
    const rel = (f: string) => path.relative(tmp, path.resolve(browserDir, f));
    const script = outputs.find(([f]) => /map-\w+\.js$/.test(f))![0];
    const style = outputs.find(([f]) => /map-style-\w+\.css$/.test(f))![0];
    const manifest: MapManifest = {
      hash,
      script: rel(script),
      style: rel(style),
      bytes: outputs.reduce((n, [, o]) => n + o.bytes, 0),
    };
    await fs.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
    await fs.rename(tmp, dir).catch(async (err: unknown) => {
      if (!(await readManifest(dir))) throw err;
    });
    return { dir, manifest, built: true, ms: Date.now() - started };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
