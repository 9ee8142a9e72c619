import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { ensureBundle, sourceHash, type CachedBundle } from '../ide/bundle-cache.js';

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

export type MapBuild = CachedBundle<MapManifest>;

/**
 * The page's bundle (ECharts and the page's code, from npm, with esbuild), built when missing or
 * stale, cached as the IDE's is (src/ide/bundle-cache.ts).
 */
export async function ensureMapBuild(buildRoot = defaultMapBuildRoot): Promise<MapBuild> {
  const hash = await sourceHash(browserDir, [fileURLToPath(import.meta.url)]);
  return ensureBundle(buildRoot, hash, async (outDir) => {
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
      outdir: outDir,
    });
    const outputs = Object.entries(result.metafile.outputs);
    const rel = (f: string) => path.relative(outDir, path.resolve(browserDir, f));
    const manifest: MapManifest = {
      hash,
      script: rel(outputs.find(([f]) => /map-\w+\.js$/.test(f))![0]),
      style: rel(outputs.find(([f]) => /map-style-\w+\.css$/.test(f))![0]),
      bytes: outputs.reduce((n, [, o]) => n + o.bytes, 0),
    };
    await fs.writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
    return manifest;
  });
}
