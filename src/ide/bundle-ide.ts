import * as esbuild from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** What the server needs to render the page: asset paths relative to the build folder. */
export interface IdeManifest {
  hash: string;
  script: string;
  style: string;
  workers: Record<WorkerLabel, string>;
  /** Total size of everything written, for the log. */
  bytes: number;
}

/**
 * Monaco runs its language services in web workers. GraphiQL asks for them by label; the
 * modules are those @graphiql/react itself depends on, so they are resolved from its folder
 * rather than from wherever npm happened to hoist them.
 */
const workerModules = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;
export type WorkerLabel = keyof typeof workerModules;

const workerNamespace = 'ide-worker';

function workerEntries(): esbuild.Plugin {
  const require = createRequire(import.meta.url);
  const resolveDir = path.dirname(require.resolve('@graphiql/react/package.json'));
  return {
    name: workerNamespace,
    setup(build) {
      build.onResolve({ filter: /^ide-worker:/ }, (args) => ({
        path: args.path.slice(workerNamespace.length + 1),
        namespace: workerNamespace,
      }));
      build.onLoad({ filter: /.*/, namespace: workerNamespace }, (args) => ({
        contents: `import ${JSON.stringify(workerModules[args.path as WorkerLabel])};`,
        resolveDir,
        loader: 'js',
      }));
    },
  };
}

/**
 * Monaco's modules import their own CSS; graphiql/style.css already contains all of it, so
 * those imports are emptied instead of becoming stylesheets nothing would load.
 */
function monacoCssFromGraphiql(): esbuild.Plugin {
  const monacoDir = `${path.sep}monaco-editor${path.sep}`;
  return {
    name: 'monaco-css-from-graphiql',
    setup(build) {
      build.onResolve({ filter: /\.css$/ }, (args) =>
        args.importer.includes(monacoDir)
          ? { path: args.path, namespace: 'monaco-css' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({
        contents: '',
        loader: 'empty',
      }));
    },
  };
}

const shared: esbuild.BuildOptions = {
  bundle: true,
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  charset: 'utf8',
  entryNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  logLevel: 'silent',
};

/**
 * Bundles the browser entry (ESM with lazily loaded chunks: Monaco, prettier) and the three
 * Monaco workers (classic scripts) into outDir, and writes manifest.json there last, so a
 * folder with a manifest is complete.
 */
export async function bundleIde(opts: {
  entry: string;
  tsconfig: string;
  outDir: string;
  hash: string;
}): Promise<IdeManifest> {
  const absWorkingDir = path.dirname(opts.entry);
  const app = await esbuild.build({
    ...shared,
    metafile: true,
    absWorkingDir,
    entryPoints: { main: opts.entry },
    tsconfig: opts.tsconfig,
    jsx: 'automatic',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [monacoCssFromGraphiql()],
    assetNames: 'assets/[name]-[hash]',
    outdir: opts.outDir,
  });
  const workers = await esbuild.build({
    ...shared,
    metafile: true,
    absWorkingDir,
    entryPoints: Object.keys(workerModules).map((label) => ({
      in: `${workerNamespace}:${label}`,
      out: `${label}.worker`,
    })),
    format: 'iife',
    plugins: [workerEntries()],
    outdir: opts.outDir,
  });

  const outputs = { ...app.metafile.outputs, ...workers.metafile.outputs };
  const relative = (key: string) =>
    path.relative(opts.outDir, path.resolve(absWorkingDir, key)).split(path.sep).join('/');
  const outputFor = (entryPoint: string) => {
    const found = Object.entries(outputs).find(([, o]) => o.entryPoint === entryPoint);
    if (!found) throw new Error(`esbuild produced no output for ${entryPoint}`);
    return found;
  };

  const [mainKey, mainOut] = outputFor(path.basename(opts.entry));
  if (!mainOut.cssBundle) throw new Error('the IDE bundle has no stylesheet');
  const manifest: IdeManifest = {
    hash: opts.hash,
    script: relative(mainKey),
    style: relative(mainOut.cssBundle),
    workers: Object.fromEntries(
      Object.keys(workerModules).map((label) => [
        label,
        relative(outputFor(`${workerNamespace}:${label}`)[0]),
      ]),
    ) as Record<WorkerLabel, string>,
    bytes: Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0),
  };
  await writeFile(path.join(opts.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
