// Builds the GraphQL IDE's browser bundle into .ide-build/ unless an up-to-date one is there.
// The server does the same on start; this runs it ahead of time (npm test, image builds).
// Run: npm run ide:build
import { ensureIdeBuild } from '../src/ide/ide-build.js';

const build = await ensureIdeBuild(process.argv[2]);
const size = `${(build.manifest.bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  build.built
    ? `IDE bundle built in ${build.dir} (${size}, ${(build.ms / 1000).toFixed(1)} s)`
    : `IDE bundle up to date in ${build.dir} (${size})`,
);
