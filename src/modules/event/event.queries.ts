import { periodArg } from '../../graphql/args.js';
import { toDb, type BatchList } from '../../graphql/enums.js';
import { nodesOf, provenanceOf } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { BatchListing } from '../project/project.type.js';
import type { Event, EventKind } from './event.type.js';

/** Data access of events: 三个一批 periods, fairs (cypher/event/*). */

/** Events by date, optionally of one kind or 三个一批 period. */
export async function listEvents(
  reader: Reader,
  kind: EventKind | null | undefined,
  period: number | null | undefined,
): Promise<Event[]> {
  const rows = await reader.rows('event/list', {
    kind: kind?.toLowerCase() ?? null,
    period: periodArg('period', period),
  });
  return nodesOf<Event>(rows);
}

/** The projects listed in one 三个一批 period, optionally one list. */
export async function listingsOf(
  reader: Reader,
  e: Event,
  list: BatchList | null | undefined,
  first: number,
): Promise<BatchListing[]> {
  const rows = await reader.batch('event/listings', e.id, {
    list: list ? toDb(list) : null,
    first,
  });
  return rows.map((r) => {
    const rel = (r.rel ?? {}) as Record<string, unknown>;
    return {
      list: String(rel.list).toUpperCase(),
      period: e.period ?? null,
      date: e.date ?? null,
      eventId: e.id,
      projectId: String((r.node as { id: string }).id),
      evidence: provenanceOf(rel).evidence,
    } as BatchListing;
  });
}
