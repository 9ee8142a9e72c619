import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle, sourceHash, type CachedBundle } from './bundle-cache.js';
import { bundleIde, type IdeManifest } from './bundle-ide.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));

/** Built bundles live here, one folder per source hash (git-ignored). */
export const defaultBuildRoot = path.join(projectRoot, '.ide-build');

/** The IDE's bundle: the folder the assets are served from and its manifest. */
export type IdeBuild = CachedBundle<IdeManifest>;

/**
 * Hash of everything the bundle depends on: the browser sources, the bundler settings and the
 * exact package versions (package-lock.json). A change to any of them means a new build.
 */
export const ideSourceHash = (): Promise<string> =>
  sourceHash(
    browserDir,
    ['./bundle-ide.ts', './bundle-ide.js'].map((f) => fileURLToPath(new URL(f, import.meta.url))),
  );

/** Returns the bundle for the current sources, building it first when missing or stale. */
export async function ensureIdeBuild(buildRoot = defaultBuildRoot): Promise<IdeBuild> {
  const hash = await ideSourceHash();
  return ensureBundle(buildRoot, hash, (outDir) =>
    bundleIde({
      entry: path.join(browserDir, 'main.tsx'),
      tsconfig: path.join(browserDir, 'tsconfig.json'),
      outDir,
      hash,
    }),
  );
}
