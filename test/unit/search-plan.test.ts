import { describe, expect, it } from 'vitest';
import { planSearch } from '../../src/modules/search/search.plan.js';

describe('planSearch', () => {
  it('quotes the text as a phrase for the cjk full-text index', () => {
    expect(planSearch(' 比亚迪 ')).toEqual({ text: '比亚迪', path: 'fulltext', query: '"比亚迪"' });
  });

  it('sends one character to the CONTAINS path (bigrams cannot match it)', () => {
    expect(planSearch('港').path).toBe('contains');
  });

  it('escapes Lucene syntax so it is searched literally', () => {
    expect(planSearch('a+b (c) "d"').query).toBe('"a\\+b \\(c\\) \\"d\\""');
  });

  it('normalises full-width characters', () => {
    expect(planSearch('ＢＹＤ').text).toBe('BYD');
  });

  it.each(['', '   ', 'x'.repeat(51)])('rejects %j with a coded error naming `text`', (text) => {
    expect(() => planSearch(text)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'text' }),
      }),
    );
  });
});
