/** Why the embedded Neo4j could not be started; each message says what to do about it. */
export type EmbeddedErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'DOWNLOAD_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'START_TIMEOUT'
  | 'START_FAILED'
  | 'HTTP_PORT_IN_USE';

export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: EmbeddedErrorCode,
    message: string,
  ) {
    super(`[${code}] ${message}`);
    this.name = 'EmbeddedNeo4jError';
  }
}
