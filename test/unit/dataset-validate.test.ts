import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/dataset/dataset-error.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { findCycle, validateDataset } from '../../src/dataset/validate-dataset.js';

const fixture = (name: string) => path.resolve('test/fixtures/datasets', name);

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof DatasetError)
      return err.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw err;
  }
  return [];
}

describe('readDataset', () => {
  it('reads and merges a valid bundle', () => {
    const ds = readDataset(fixture('tiny'));
    expect(ds.bundle.projects).toHaveLength(1);
    expect(ds.bundle.figures[0]?.valueYi).toBe(1200);
  });

  it('names file, record and field of a bad enum value', () => {
    const lines = problemsOf(() => readDataset(fixture('bad-enum')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/bad-enum\/d\.json › projects\[0\] \(p-a\) › batches\.0\.list: /);
  });

  it('reports invalid JSON with the file name', () => {
    expect(problemsOf(() => readDataset(fixture('broken-json')))[0]).toMatch(
      /broken-json\/d\.json: not valid JSON/,
    );
  });

  it('rejects a money figure without valueYi, naming the field', () => {
    const lines = problemsOf(() => readDataset(fixture('half-bad')));
    expect(lines.join('\n')).toMatch(
      /b-invalid\.json › figures\[0\] \(f-bad\) › valueYi: money figure \(output_value\) needs valueYi/,
    );
  });
});

describe('validateDataset', () => {
  it('finds duplicate ids and says where the first one is', () => {
    const { problems } = validateDataset(readDataset(fixture('duplicate')));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/duplicate id, first defined at .*enterprises\[0\]/),
    ]);
  });

  it('collects references the bundle does not define as external, for the graph check', () => {
    const { problems, external } = validateDataset(readDataset(fixture('dangling')));
    expect(problems).toEqual([]);
    expect([...external.keys()]).toEqual(['ChainSegment:no-such-segment']);
    expect(external.get('ChainSegment:no-such-segment')?.field).toBe('segments.0.segment');
  });

  it('has nothing to say about a valid bundle', () => {
    const { problems, external } = validateDataset(readDataset(fixture('tiny')));
    expect(problems).toEqual([]);
    expect(external.size).toBe(0);
  });
});

describe('findCycle', () => {
  it('finds a supply cycle and returns its path', () => {
    expect(
      findCycle([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ]),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
  it('accepts a DAG with shared descendants', () => {
    expect(
      findCycle([
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['c', 'd'],
      ]),
    ).toBeNull();
  });
});
