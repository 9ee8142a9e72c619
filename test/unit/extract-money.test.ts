import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/ingest/extract.js';

// The extractor on the two articles written for the tests (invented facts, test/fixtures/articles).
describe.each(['zz-projects-2024', 'zz-fair-2024'])('money figures in %s', (name) => {
  const text = readFileSync(`test/fixtures/articles/${name}.txt`, 'utf8');
  const expected = JSON.parse(
    readFileSync(`test/fixtures/articles/${name}.expected.json`, 'utf8'),
  ) as { kind: string; valueYi: number; unit: string; qualifier: string; clause: string }[];
  const found = extractMoney(text);

  it('finds each expected figure with its kind, value, unit and qualifier', () => {
    expect(
      found.map(({ kind, valueYi, unit, qualifier }) => ({ kind, valueYi, unit, qualifier })),
    ).toEqual(
      expected.map(({ kind, valueYi, unit, qualifier }) => ({ kind, valueYi, unit, qualifier })),
    );
  });

  it('points each figure at a span of the text that states it', () => {
    for (const f of found) {
      const span = text.slice(f.start, f.end);
      expect(span.length).toBeGreaterThan(0);
      expect(span).toContain(String(f.stated));
    }
  });
});

describe('what is not a figure', () => {
  it('ignores amounts no money word introduces (亿元以上项目, prices)', () => {
    expect(extractMoney('新签约亿元以上工业项目198个，单价12元。')).toEqual([]);
  });
});
