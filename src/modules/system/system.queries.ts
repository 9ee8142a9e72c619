/** Data access of the system fields (cypher/system/*): what the graph database is. */

import type { Reader } from '../../graphql/reader.js';
import type { DatabaseInfo } from './database-info.type.js';

export async function databaseInfo(reader: Reader, embedded: boolean): Promise<DatabaseInfo> {
  const [rows, server] = await Promise.all([reader.rows('system/components'), reader.serverInfo()]);
  const row = rows[0] ?? {};
  const versions = Array.isArray(row.versions) ? (row.versions as string[]) : [];
  return {
    name: String(row.name ?? 'Neo4j'),
    version: versions[0] ?? 'unknown',
    edition: String(row.edition ?? 'unknown'),
    address: null,
    protocolVersion: server.protocolVersion,
    embedded,
  };
}
