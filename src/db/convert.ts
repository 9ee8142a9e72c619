import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
} from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-friendly values: Integers become numbers (or strings
 * when outside the safe range), temporal values ISO strings, nodes and relationships their
 * properties (plus `labels`/`type`), lists and maps recursively.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    return neo4j.integer.inSafeRange(value)
      ? neo4j.integer.toNumber(value)
      : neo4j.integer.toString(value);
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) return { ...mapObject(value.properties), labels: value.labels };
  if (isRelationship(value)) return { ...mapObject(value.properties), type: value.type };
  if (isPath(value)) {
    return value.segments.map((s) => ({
      start: toNative(s.start),
      rel: toNative(s.relationship),
      end: toNative(s.end),
    }));
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') return mapObject(value as Record<string, unknown>);
  return value;
}

function mapObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toNative(v);
  return out;
}

/** Integers for SKIP/LIMIT: JavaScript numbers are sent as floats, which Cypher rejects there. */
export function int(n: number): unknown {
  return neo4j.int(Math.trunc(n));
}
