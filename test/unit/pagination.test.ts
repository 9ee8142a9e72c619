import { describe, expect, it } from 'vitest';
import {
  firstArg,
  intArg,
  LIST_SIZE,
  MAX_NAME_LENGTH,
  nameArg,
  periodArg,
} from '../../src/graphql/args.js';
import {
  connectionOf,
  cursorAt,
  MAX_OFFSET,
  MAX_PAGE,
  pageOf,
} from '../../src/graphql/pagination.js';

describe('pageOf', () => {
  it('defaults to 20 from the start', () => expect(pageOf({})).toEqual({ skip: 0, limit: 20 }));
  it('continues after a cursor', () =>
    expect(pageOf({ first: 5, after: cursorAt(9) })).toEqual({ skip: 10, limit: 5 }));
  it.each([-1, MAX_PAGE + 1, 2.5])('rejects first=%d', (first) =>
    expect(() => pageOf({ first })).toThrow(/first: must be a whole number between/),
  );
  it('rejects a forged cursor', () =>
    expect(() => pageOf({ after: 'abc' })).toThrow(/after: is not a cursor/));
});

describe('connectionOf', () => {
  it('uses the extra row to tell that more pages follow', () => {
    const c = connectionOf([1, 2, 3], { skip: 4, limit: 2 });
    expect(c.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(c.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: true,
      endCursor: cursorAt(5),
    });
  });
  it('ends when no extra row came back', () => {
    expect(connectionOf([1], { skip: 0, limit: 2 }).pageInfo.hasNextPage).toBe(false);
  });
});

describe('page and integer arguments', () => {
  it('takes null like an absent argument', () =>
    expect(pageOf({ first: null, after: null })).toEqual({ skip: 0, limit: 20 }));
  it.each(['o:9223372036854775807', 'o:99999999999999999999', 'o:10000000', 'o:-1', 'o:1e3'])(
    'rejects the cursor %s before it reaches Cypher',
    (raw) =>
      expect(() => pageOf({ after: Buffer.from(raw).toString('base64url') })).toThrow(
        /after: is not a cursor/,
      ),
  );
  it('keeps a real cursor near the cap', () =>
    expect(pageOf({ after: cursorAt(MAX_OFFSET - 1) }).skip).toBe(MAX_OFFSET));
  it.each([2_147_483_647, -2_147_483_647, 0.5])('rejects first=%d for nested lists', (first) =>
    expect(() => firstArg(first, 'nested')).toThrow(
      /first: must be a whole number between 0 and 200/,
    ),
  );
  it('names the argument of a bad integer', () => {
    expect(intArg('depth', null, { min: 1, max: 4, fallback: 2 })).toBe(2);
    expect(() => intArg('depth', 5, { min: 1, max: 4, fallback: 2 })).toThrow(/^depth: /);
  });
  it('checks periods', () => {
    expect(periodArg('filter.period', undefined)).toBeNull();
    expect(periodArg('filter.period', 3)).toBe(3);
    expect(() => periodArg('filter.period', 0)).toThrow(/^filter\.period: /);
    expect(() => periodArg('filter.period', 2_147_483_647)).toThrow(/^filter\.period: /);
  });
});

describe('nameArg', () => {
  it('trims and refuses empty or overlong names by argument', () => {
    expect(nameArg('region', ' 高新区 ')).toBe('高新区');
    expect(() => nameArg('region', '   ')).toThrow(/^region: must not be empty/);
    expect(() => nameArg('filter.chain', 'x'.repeat(MAX_NAME_LENGTH + 1))).toThrow(
      /^filter\.chain: must be at most/,
    );
  });
});

describe('firstArg', () => {
  it.each(Object.entries(LIST_SIZE))('%s lists: default, 0 allowed, cap enforced', (size, s) => {
    const kind = size as keyof typeof LIST_SIZE;
    expect(firstArg(undefined, kind)).toBe(s.fallback);
    expect(firstArg(null, kind)).toBe(s.fallback);
    expect(firstArg(0, kind)).toBe(0);
    expect(firstArg(s.max, kind)).toBe(s.max);
    // One message shape: the argument, the allowed range and the value sent.
    expect(() => firstArg(s.max + 1, kind)).toThrow(
      `first: must be a whole number between 0 and ${s.max}, got ${s.max + 1}`,
    );
  });
});
