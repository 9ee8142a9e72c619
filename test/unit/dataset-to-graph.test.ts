import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSpan, encodeSpan } from '../../src/dataset/provenance.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { toGraph } from '../../src/dataset/to-graph.js';

const tiny = readDataset(path.resolve('test/fixtures/datasets/tiny')).bundle;

describe('toGraph', () => {
  it('is deterministic', () => {
    expect(toGraph(tiny)).toEqual(toGraph(tiny));
  });

  it('keys every node by label and id, and drops unknowns', () => {
    const { nodes } = toGraph(tiny);
    const project = nodes.find((n) => n.uid === 'Project:p-a');
    expect(project?.props).toMatchObject({ id: 'p-a', name: '甲项目', evidence: ['t1:20-25'] });
    expect(project?.props).not.toHaveProperty('status');
    expect(JSON.parse(String(project?.props.capacityJson))).toEqual(tiny.projects[0]?.capacity);
  });

  it('turns nested facts into owned relationships with provenance', () => {
    const { rels, owners } = toGraph(tiny);
    const listed = rels.find((r) => r.type === 'LISTED_IN');
    expect(listed).toMatchObject({
      from: 'Project:p-a',
      to: 'Event:ev-1',
      props: { list: 'started', evidence: ['t1:20-25'] },
    });
    expect(rels.find((r) => r.type === 'SUPPLIES')).toMatchObject({
      from: 'ChainSegment:c1-up',
      to: 'ChainSegment:c1-mid',
    });
    const projectOwner = owners.find((o) => o.uid === 'Project:p-a');
    expect(projectOwner?.types).toContain('LISTED_IN');
    expect(projectOwner?.keep).toContain(listed?.key);
  });

  it('changes a node hash when one of its relationships changes', () => {
    const before = toGraph(tiny).nodes.find((n) => n.uid === 'Project:p-a')?.hash;
    const changed = structuredClone(tiny);
    changed.projects[0]!.batches![0]!.list = 'in_production';
    expect(toGraph(changed).nodes.find((n) => n.uid === 'Project:p-a')?.hash).not.toBe(before);
  });
});

describe('spans', () => {
  it('round-trip through their stored form', () => {
    const s = { source: 's003', start: 120, end: 180 };
    expect(encodeSpan(s)).toBe('s003:120-180');
    expect(decodeSpan(encodeSpan(s))).toEqual(s);
  });
});
