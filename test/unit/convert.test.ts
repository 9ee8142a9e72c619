import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNative } from '../../src/db/convert.js';

describe('toNative', () => {
  it('turns safe Integers into numbers and unsafe ones into strings', () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporal values into ISO strings', () => {
    expect(toNative(new neo4j.types.Date(2024, 1, 28))).toBe('2024-01-28');
  });

  it('converts nested lists and maps', () => {
    expect(toNative({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: null, d: '郑州' })).toEqual({
      a: [1, { b: 2 }],
      c: null,
      d: '郑州',
    });
  });
});
