import type { Database } from '../../db/database.js';
import type { DatabaseInfo } from './database-info.type.js';

export async function databaseInfo(db: Database, embedded: boolean): Promise<DatabaseInfo> {
  const [rows, server] = await Promise.all([db.read('system/components'), db.serverInfo()]);
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
