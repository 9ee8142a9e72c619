/** A character span of a source article (offsets, end exclusive). */
export interface Span {
  source: string;
  start: number;
  end: number;
}

/**
 * How a span is stored in the graph: Neo4j properties cannot hold maps, so a span is the string
 * "<source>:<start>-<end>" in an `evidence` list.
 */
export function encodeSpan(s: Span): string {
  return `${s.source}:${s.start}-${s.end}`;
}

export function decodeSpan(text: string): Span {
  const m = /^([a-z0-9][a-z0-9-]*):(\d+)-(\d+)$/.exec(text);
  if (!m) throw new Error(`Malformed stored span "${text}"`);
  return { source: m[1]!, start: Number(m[2]), end: Number(m[3]) };
}
