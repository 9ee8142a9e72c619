import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/db/database.js';
import { int, useGraph } from './support.js';

// Supply-chain walks on the analysis fixture (see support.ts): x1 → x2 → {x3, x4, y1}; g1 supplies
// f1; f1, f2 operate in x2, g1 and g2 in x1, f3 in x4; p1 and p3 target x3.
const graph = useGraph('analysis');
const traverse = (uid: string, direction: string, depth: number, limit = 50) =>
  graph().read('traversal/traverse', { uid, direction, depth, limit: int(limit) });
/** Each path as "id>id>…:REL,REL", in row order. */
const paths = (rows: Row[]) =>
  rows.map(
    (r) =>
      `${(r.nodes as { id: string }[]).map((n) => n.id).join('>')}:${(r.rels as string[]).join(',')}`,
  );

describe('traversal/traverse', () => {
  it('walks downstream from a segment within the depth, shortest first, then by ids', async () => {
    expect(paths(await traverse('ChainSegment:x1', 'DOWNSTREAM', 2))).toEqual([
      'x1>x2:SUPPLIES',
      'x1>x2>x3:SUPPLIES,SUPPLIES',
      'x1>x2>x4:SUPPLIES,SUPPLIES',
      'x1>x2>y1:SUPPLIES,SUPPLIES',
    ]);
    expect(paths(await traverse('ChainSegment:x1', 'DOWNSTREAM', 1))).toEqual(['x1>x2:SUPPLIES']);
  });

  it('walks upstream from a segment', async () => {
    expect(paths(await traverse('ChainSegment:x3', 'UPSTREAM', 4))).toEqual([
      'x3>x2:SUPPLIES',
      'x3>x2>x1:SUPPLIES,SUPPLIES',
    ]);
    expect(await traverse('ChainSegment:x1', 'UPSTREAM', 4)).toEqual([]);
  });

  it('returns the kind, id and name of every node and the length', async () => {
    const [first] = await traverse('ChainSegment:x3', 'UPSTREAM', 1);
    expect(first).toEqual({
      nodes: [
        { kind: 'ChainSegment', id: 'x3', name: '整机环节' },
        { kind: 'ChainSegment', id: 'x2', name: '制造环节' },
      ],
      rels: ['SUPPLIES'],
      length: 1,
    });
  });

  it('from an enterprise goes through its segment (not counted in the depth) and its firm links', async () => {
    // Upstream of f1: g1 supplies it (1 hop); its segment x2 is supplied by x1 (1 supply step).
    expect(paths(await traverse('Enterprise:f1', 'UPSTREAM', 1))).toEqual([
      'f1>g1:SUPPLIES_TO',
      'f1>x2>x1:OPERATES_IN,SUPPLIES',
    ]);
    expect(paths(await traverse('Enterprise:f1', 'DOWNSTREAM', 1))).toEqual([
      'f1>x2>x3:OPERATES_IN,SUPPLIES',
      'f1>x2>x4:OPERATES_IN,SUPPLIES',
      'f1>x2>y1:OPERATES_IN,SUPPLIES',
    ]);
    // Downstream of g1: it supplies f1; x1 → x2 (1 step) → x3, x4, y1 (2 steps).
    expect(paths(await traverse('Enterprise:g1', 'DOWNSTREAM', 2))).toEqual([
      'g1>f1:SUPPLIES_TO',
      'g1>x1>x2:OPERATES_IN,SUPPLIES',
      'g1>x1>x2>x3:OPERATES_IN,SUPPLIES,SUPPLIES',
      'g1>x1>x2>x4:OPERATES_IN,SUPPLIES,SUPPLIES',
      'g1>x1>x2>y1:OPERATES_IN,SUPPLIES,SUPPLIES',
    ]);
  });

  it('from a project goes through the segments it targets', async () => {
    expect(paths(await traverse('Project:p1', 'UPSTREAM', 2))).toEqual([
      'p1>x3>x2:TARGETS,SUPPLIES',
      'p1>x3>x2>x1:TARGETS,SUPPLIES,SUPPLIES',
    ]);
    // x3 supplies nothing.
    expect(await traverse('Project:p1', 'DOWNSTREAM', 4)).toEqual([]);
    // p2 targets no segment.
    expect(await traverse('Project:p2', 'UPSTREAM', 4)).toEqual([]);
  });

  it('honours $limit after ordering', async () => {
    expect(paths(await traverse('Enterprise:g1', 'DOWNSTREAM', 2, 2))).toEqual([
      'g1>f1:SUPPLIES_TO',
      'g1>x1>x2:OPERATES_IN,SUPPLIES',
    ]);
  });

  it('answers nothing for an unknown start', async () => {
    expect(await traverse('ChainSegment:nope', 'DOWNSTREAM', 2)).toEqual([]);
  });
});
