// Starts an embedded Neo4j and prints its pid, then idles: a test SIGKILLs this process to check
// that the JVM does not outlive its parent. Usage: tsx test/support/embedded-child.ts <home>
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../src/embedded/neo4j-process.js';

const neo4j = await startEmbeddedNeo4j({
  cacheDir: path.resolve(process.env.EMBEDDED_NEO4J_DIR ?? '.neo4j'),
  homeDir: process.argv[2] ?? '',
  port: 0,
  heap: '256m',
  pageCache: '64m',
  startTimeoutMs: 180_000,
  txTimeoutMs: 10_000,
});
console.log(JSON.stringify({ jvmPid: neo4j.pid, uri: neo4j.uri }));
setInterval(() => {}, 1 << 30);
