import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedNeo4jError } from './errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The folder holding pom.xml and Launcher.java. */
export const EMBEDDED_SOURCES = path.resolve(here, '../../embedded');
export const NEO4J_VERSION = '5.26.30';

/** Checks that a Java 17+ runtime is on the PATH (or JAVA_HOME). */
export function javaCommand(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `Java 17 is needed to run the embedded Neo4j but "${java}" could not be run (${probe.error.message}). ` +
        'Install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to use an existing Neo4j 5.',
    );
  }
  const match = /version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new EmbeddedNeo4jError(
      'JAVA_TOO_OLD',
      `Neo4j ${NEO4J_VERSION} needs Java 17 or newer; "${java}" is version ${major || 'unknown'}. ` +
        'Install JDK 17 or point JAVA_HOME at one.',
    );
  }
  return java;
}

/**
 * Returns the folder holding the Neo4j jars, fetching them from Maven Central on first use.
 * The jars land in <dir>/lib-<version>; ~/.m2 caches them, so later starts work offline.
 */
export async function ensureJars(dir: string, log: (msg: string) => void): Promise<string> {
  const lib = path.join(dir, `lib-${NEO4J_VERSION}`);
  const marker = path.join(lib, '.complete');
  if (existsSync(marker)) return lib;

  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  if (spawnSync(mvn, ['-v'], { encoding: 'utf8' }).error) {
    throw new EmbeddedNeo4jError(
      'MAVEN_MISSING',
      `Maven ("${mvn}") is needed once to download Neo4j ${NEO4J_VERSION} from Maven Central but was not found. ` +
        'Install Maven (e.g. `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j 5.',
    );
  }
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(lib, { recursive: true });
  log(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central into ${lib} (first start only)`);
  const args = [
    '-q',
    '-B',
    '-f',
    path.join(EMBEDDED_SOURCES, 'pom.xml'),
    'dependency:copy-dependencies',
    `-DoutputDirectory=${lib}`,
    '-DincludeScope=runtime',
  ];
  const { code, output } = await run(mvn, args);
  const jars = existsSync(lib) ? readdirSync(lib).filter((f) => f.endsWith('.jar')) : [];
  if (code !== 0 || jars.length === 0) {
    rmSync(lib, { recursive: true, force: true });
    throw new EmbeddedNeo4jError(
      'DOWNLOAD_FAILED',
      `Downloading Neo4j ${NEO4J_VERSION} with Maven failed (exit ${code}). Check access to Maven Central ` +
        `(or a mirror in ~/.m2/settings.xml), then start again. Maven said:\n${output.slice(-2000)}`,
    );
  }
  writeFileSync(marker, `${jars.length} jars\n`);
  return lib;
}

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => resolve({ code: -1, output: String(e) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
