import { describe, expect, it } from 'vitest';
import { connectionOf, cursorAt, MAX_PAGE, pageOf } from '../../src/graphql/pagination.js';

describe('pageOf', () => {
  it('defaults to 20 from the start', () => expect(pageOf({})).toEqual({ skip: 0, limit: 20 }));
  it('continues after a cursor', () =>
    expect(pageOf({ first: 5, after: cursorAt(9) })).toEqual({ skip: 10, limit: 5 }));
  it.each([-1, MAX_PAGE + 1, 2.5])('rejects first=%d', (first) =>
    expect(() => pageOf({ first })).toThrow(/first: must be between/),
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
