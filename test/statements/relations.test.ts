import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../../src/db/database.js';
import { nodeIdsByKey, useGraph } from './support.js';

// Per-parent statements (the ones DataLoader batches): they take `$keys` and return a `key` column,
// so one call answers many parents, and a parent with nothing related has no row. Checked on the
// analysis fixture (support.ts lists its facts and name orders).
const graph = useGraph('analysis');
const read = (key: string, params: Params = {}) => graph().read(key, params);
const batch = async (key: string, keys: string[], params: Params = {}) =>
  nodeIdsByKey(await read(key, { ...params, keys }));
const rowsOf = (rows: Row[], key: string) => rows.filter((r) => r.key === key);

describe('project/batches', () => {
  it('lists the 三个一批 listings of each project by period', async () => {
    const rows = await read('project/batches', { keys: ['p1', 'p2', 'p3'] });
    expect(rowsOf(rows, 'p1').map((r) => [(r.node as { id: string }).id, r.rel])).toEqual([
      ['e1', expect.objectContaining({ list: 'signed' })],
      ['e2', expect.objectContaining({ list: 'started' })],
    ]);
    expect(rowsOf(rows, 'p3').map((r) => [(r.node as { id: string }).id, r.rel])).toEqual([
      ['e2', expect.objectContaining({ list: 'in_production' })],
    ]);
    // p2 is stated signed but was never listed.
    expect(rowsOf(rows, 'p2')).toEqual([]);
  });
});

describe('project/enterprises', () => {
  it('lists the enterprises undertaking each project, with the role', async () => {
    const rows = await read('project/enterprises', { keys: ['p2', 'p1'] });
    expect(rows.map((r) => [r.key, (r.node as { id: string }).id, r.rel])).toEqual([
      ['p2', 'g1', expect.objectContaining({ role: 'investor' })],
    ]);
  });
});

describe('project/segments', () => {
  it('lists the segments each project targets, with the basis', async () => {
    const rows = await read('project/segments', { keys: ['p1', 'p2', 'p3'] });
    expect(nodeIdsByKey(rows)).toEqual({ p1: ['x3'], p3: ['x3'] });
    expect(rowsOf(rows, 'p1')[0]!.rel).toMatchObject({ basis: 'fixture' });
  });
});

describe('enterprise/segments', () => {
  it('lists the segments each enterprise operates in, with the basis', async () => {
    const rows = await read('enterprise/segments', { keys: ['f1', 'f3', 'g2', 'nobody'] });
    expect(nodeIdsByKey(rows)).toEqual({ f1: ['x2'], f3: ['x4'], g2: ['x1'] });
    expect(rowsOf(rows, 'f3')[0]!.rel).toMatchObject({ basis: 'fixture' });
  });
});

describe('enterprise/leadership', () => {
  it('lists the chains an enterprise leads, with the region as a node', async () => {
    const rows = await read('enterprise/leadership', { keys: ['f1', 'f2'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'f1',
      node: { id: 'x', name: '测试链' },
      region: { id: 'r', name: '测试市' },
      rel: { region: 'r', reference: true, referenceBasis: 'test fixture' },
    });
  });
});

describe('enterprise/links', () => {
  it('lists firm links from both ends, telling the direction', async () => {
    // g1 supplies f1: outgoing seen from g1, incoming seen from f1.
    const rows = await read('enterprise/links', { keys: ['f1', 'g1', 'f2'] });
    expect(
      rows
        .map((r) => [r.key, (r.node as { id: string }).id, r.type, r.outgoing])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['f1', 'g1', 'SUPPLIES_TO', false],
      ['g1', 'f1', 'SUPPLIES_TO', true],
    ]);
  });
});

describe('enterprise/parent and enterprise/subsidiaries', () => {
  it('answer nothing when no firm belongs to a group (positive cases in region.test.ts)', async () => {
    expect(await batch('enterprise/parent', ['f1', 'g1', 'f2'])).toEqual({});
    expect(await batch('enterprise/subsidiaries', ['f1', 'g1', 'f2'])).toEqual({});
  });
});

describe('enterprise/projects', () => {
  it('lists the projects each enterprise undertakes, with the role, up to $first', async () => {
    const rows = await read('enterprise/projects', { keys: ['g1', 'f1'], first: 10 });
    expect(rows.map((r) => [r.key, (r.node as { id: string }).id, r.rel])).toEqual([
      ['g1', 'p2', expect.objectContaining({ role: 'investor' })],
    ]);
    expect(await batch('enterprise/projects', ['g1'], { first: 0 })).toEqual({});
  });
});

describe('park/district', () => {
  it('gives the district of each park', async () => {
    expect(await batch('park/district', ['pa', 'nope'])).toEqual({ pa: ['a'] });
  });
});

describe('park/enterprises', () => {
  it('lists the enterprises located in each park, up to $first', async () => {
    expect(await batch('park/enterprises', ['pa'], { first: 10 })).toEqual({ pa: ['f1'] });
    expect(await batch('park/enterprises', ['pa'], { first: 0 })).toEqual({});
  });
});

describe('park/projects', () => {
  it('answers nothing for a park without projects (positive case in region.test.ts)', async () => {
    expect(await batch('park/projects', ['pa'], { first: 10 })).toEqual({});
  });
});

describe('cluster/chains', () => {
  it('lists the chains of each cluster', async () => {
    expect(await batch('cluster/chains', ['cl-x', 'nope'])).toEqual({ 'cl-x': ['x'] });
  });
});

describe('district/parent', () => {
  it('gives the parent region of each district; top-level regions have none', async () => {
    expect(await batch('district/parent', ['a', 'b', 'r', 'o'])).toEqual({ a: ['r'], b: ['r'] });
  });
});

describe('district/children', () => {
  it('lists the direct sub-regions by name', async () => {
    expect(await batch('district/children', ['r', 'a', 'o'])).toEqual({ r: ['b', 'a'] });
  });
});

describe('district/clusters', () => {
  it('lists the clusters defined for exactly that region', async () => {
    expect(await batch('district/clusters', ['r', 'a', 'b'])).toEqual({ r: ['cl-x'] });
  });
});

describe('district/enterprises', () => {
  it('lists the firms of each region, its sub-regions and parks, by name', async () => {
    expect(await batch('district/enterprises', ['r', 'a', 'b', 'o'], { first: 10 })).toEqual({
      r: ['f3', 'f1', 'f2'],
      a: ['f1', 'f2'],
      b: ['f3'],
      o: ['g1', 'g2'],
    });
  });

  it('applies $first per region', async () => {
    expect(await batch('district/enterprises', ['r', 'a', 'o'], { first: 1 })).toEqual({
      r: ['f3'],
      a: ['f1'],
      o: ['g1'],
    });
  });
});

describe('district/parks', () => {
  it('lists the parks of each region and its sub-regions', async () => {
    expect(await batch('district/parks', ['r', 'a', 'b'], { first: 10 })).toEqual({
      r: ['pa'],
      a: ['pa'],
    });
    expect(await batch('district/parks', ['r'], { first: 0 })).toEqual({});
  });
});

describe('district/projects', () => {
  it('lists the projects of each region, investment first, then by name', async () => {
    // No investment is known here, so the order is by name.
    expect(await batch('district/projects', ['r', 'a', 'b', 'o'], { first: 10 })).toEqual({
      r: ['p3', 'p1', 'p2'],
      a: ['p2'],
      b: ['p3', 'p1'],
    });
    expect(await batch('district/projects', ['r'], { first: 2 })).toEqual({ r: ['p3', 'p1'] });
  });
});

describe('segment/chains', () => {
  it('lists the chains a segment serves with its order there', async () => {
    const rows = await read('segment/chains', { keys: ['x1', 'y1', 'x4'] });
    expect(
      rows
        .map((r) => [r.key, (r.node as { id: string }).id, r.order])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['x1', 'x', 1],
      ['x4', 'x', 4],
      ['y1', 'y', 1],
    ]);
  });
});

describe('segment/customers', () => {
  it('lists the segments one step downstream, across chains, by name', async () => {
    expect(await batch('segment/customers', ['x2', 'x1', 'x4'])).toEqual({
      x2: ['x3', 'x4', 'y1'],
      x1: ['x2'],
    });
  });
});

describe('segment/suppliers', () => {
  it('lists the segments one step upstream, across chains', async () => {
    expect(await batch('segment/suppliers', ['x2', 'y1', 'x1'])).toEqual({
      x2: ['x1'],
      y1: ['x2'],
    });
  });
});

describe('segment/enterprises', () => {
  const firms = (region: string | null, first = 10) =>
    batch('segment/enterprises', ['x1', 'x2', 'x4'], { region, first });

  it('lists the firms of each segment, local before headquartered outside, then by name', async () => {
    expect(await firms(null)).toEqual({ x1: ['g1', 'g2'], x2: ['f1', 'f2'], x4: ['f3'] });
    expect(await firms(null, 1)).toEqual({ x1: ['g1'], x2: ['f1'], x4: ['f3'] });
  });

  it('keeps only firms located in the region when one is given', async () => {
    expect(await firms('r')).toEqual({ x2: ['f1', 'f2'], x4: ['f3'] });
    expect(await firms('a')).toEqual({ x2: ['f1', 'f2'] });
    expect(await firms('b')).toEqual({ x4: ['f3'] });
    expect(await firms('o')).toEqual({ x1: ['g1', 'g2'] });
  });

  it('returns the OPERATES_IN relationship', async () => {
    const rows = await read('segment/enterprises', { keys: ['x4'], region: null, first: 10 });
    expect(rows).toEqual([
      expect.objectContaining({
        key: 'x4',
        node: expect.objectContaining({ id: 'f3' }),
        rel: expect.objectContaining({ basis: 'fixture' }),
      }),
    ]);
  });
});

describe('segment/projects', () => {
  const projects = (region: string | null, first = 10) =>
    batch('segment/projects', ['x3', 'x1'], { region, first });

  it('lists the projects targeting each segment, optionally in a region', async () => {
    expect(await projects(null)).toEqual({ x3: ['p3', 'p1'] });
    expect(await projects('b')).toEqual({ x3: ['p3', 'p1'] });
    expect(await projects('r')).toEqual({ x3: ['p3', 'p1'] });
    expect(await projects('a')).toEqual({});
    expect(await projects(null, 1)).toEqual({ x3: ['p3'] });
  });
});

describe('chain/clusters', () => {
  it('lists the clusters including each chain', async () => {
    expect(await batch('chain/clusters', ['x', 'y'])).toEqual({ x: ['cl-x'] });
  });
});

describe('chain/leaders', () => {
  it('lists the designated leaders of each chain with their region', async () => {
    const rows = await read('chain/leaders', { keys: ['x', 'y'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'x',
      node: { id: 'f1' },
      region: { id: 'r' },
      rel: { region: 'r' },
    });
  });
});

describe('chain/segments', () => {
  it('lists the segments of each chain in chain order', async () => {
    const rows = await read('chain/segments', { keys: ['x', 'y'] });
    expect(nodeIdsByKey(rows)).toEqual({ x: ['x1', 'x2', 'x3', 'x4'], y: ['y1'] });
    expect(rowsOf(rows, 'x').map((r) => r.order)).toEqual([1, 2, 3, 4]);
  });
});

describe('event/listings', () => {
  const listings = (list: string | null, first = 10) =>
    batch('event/listings', ['e1', 'e2'], { list, first });

  it('lists the projects of each event by list, then investment, then name', async () => {
    // In e2, 'in_production' (p3) sorts before 'started' (p1).
    expect(await listings(null)).toEqual({ e1: ['p1'], e2: ['p3', 'p1'] });
    expect(await listings(null, 1)).toEqual({ e1: ['p1'], e2: ['p3'] });
  });

  it('keeps one list when asked', async () => {
    expect(await listings('started')).toEqual({ e2: ['p1'] });
    expect(await listings('signed')).toEqual({ e1: ['p1'] });
    const rows = await read('event/listings', { keys: ['e2'], list: 'in_production', first: 10 });
    expect(rows).toEqual([
      expect.objectContaining({
        key: 'e2',
        node: expect.objectContaining({ id: 'p3' }),
        rel: expect.objectContaining({ list: 'in_production' }),
      }),
    ]);
  });
});

describe('figure/subject', () => {
  it('gives the node each figure is about, with its labels', async () => {
    const rows = await read('figure/subject', { keys: ['fr-f1', 'fr-g2', 'nope'] });
    expect(
      rows
        .map((r) => [r.key, (r.node as { id: string }).id, r.labels])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['fr-f1', 'f1', ['Enterprise']],
      ['fr-g2', 'g2', ['Enterprise']],
    ]);
  });
});

describe('figure/scope', () => {
  it('answers nothing for figures without a scope (positive case in region.test.ts)', async () => {
    expect(await batch('figure/scope', ['fr-f1', 'fr-g1'])).toEqual({});
  });
});

describe('entity/by-uids', () => {
  it('finds nodes of any label by uid', async () => {
    expect(
      await batch('entity/by-uids', ['Enterprise:f1', 'District:a', 'Project:nope', 'Park:a']),
    ).toEqual({ 'Enterprise:f1': ['f1'], 'District:a': ['a'] });
  });
});

describe('entity/by-names', () => {
  it('finds nodes of one label by exact name', async () => {
    expect(
      await batch('entity/by-names', ['甲区制造公司', '外地大公司', '甲区', '制造'], {
        label: 'Enterprise',
      }),
    ).toEqual({ 甲区制造公司: ['f2'], 外地大公司: ['g2'] });
    expect(await batch('entity/by-names', ['甲区', '甲园'], { label: 'District' })).toEqual({
      甲区: ['a'],
    });
  });
});

describe('entity/district', () => {
  it('gives the district of a firm or project, directly or through its park', async () => {
    expect(
      await batch('entity/district', [
        'Enterprise:f1',
        'Enterprise:f2',
        'Enterprise:g1',
        'Project:p1',
        'Cluster:cl-x',
      ]),
    ).toEqual({
      'Enterprise:f1': ['a'],
      'Enterprise:f2': ['a'],
      'Enterprise:g1': ['o'],
      'Project:p1': ['b'],
    });
  });
});

describe('entity/park', () => {
  it('gives the park of a firm or project', async () => {
    expect(await batch('entity/park', ['Enterprise:f1', 'Enterprise:f2', 'Project:p2'])).toEqual({
      'Enterprise:f1': ['pa'],
    });
  });
});

describe('entity/region', () => {
  it('gives the region a cluster or event belongs to', async () => {
    expect(await batch('entity/region', ['Cluster:cl-x', 'Event:e1'])).toEqual({
      'Cluster:cl-x': ['r'],
    });
  });
});

describe('entity/figures', () => {
  const figures = (kinds: string[] | null) =>
    batch('entity/figures', ['Enterprise:f1', 'Enterprise:g2', 'Enterprise:f3'], { kinds });

  it('lists the figures about each node, optionally of some kinds', async () => {
    expect(await figures(null)).toEqual({
      'Enterprise:f1': ['fr-f1'],
      'Enterprise:g2': ['fr-g2'],
    });
    expect(await figures(['revenue'])).toEqual({
      'Enterprise:f1': ['fr-f1'],
      'Enterprise:g2': ['fr-g2'],
    });
    expect(await figures(['total_investment'])).toEqual({});
  });

  it('returns the figure properties', async () => {
    const rows = await read('entity/figures', { keys: ['Enterprise:g1'], kinds: null });
    expect(rows.map((r) => r.node)).toEqual([
      expect.objectContaining({
        id: 'fr-g1',
        kind: 'revenue',
        valueYi: 50,
        stated: 50,
        unit: '亿元',
        subjectKind: 'enterprise',
        subjectId: 'g1',
      }),
    ]);
  });
});
