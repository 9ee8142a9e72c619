import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypher, cypherKeys, isFragment } from '../../src/db/cypher-files.js';

describe('cypher() and @include', () => {
  it('replaces an include line by the fragment body without its header comments', () => {
    const text = cypher('project/count');
    const fragment = readFileSync('cypher/project/_filter.cypher', 'utf8');
    expect(text).not.toMatch(/@include/);
    const body = fragment
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    expect(text).toContain(body);
    expect(text).not.toContain('Fragment: the project filters');
  });

  it('leaves no include unresolved in any statement', () => {
    for (const key of cypherKeys()) expect(cypher(key), key).not.toMatch(/@include/);
  });

  it('tells fragments by their leading underscore', () => {
    expect(isFragment('project/_filter')).toBe(true);
    expect(isFragment('project/list')).toBe(false);
  });

  it.each(['../etc/passwd', 'Project/List', 'project//list', ''])(
    'refuses the malformed key %j',
    (key) => expect(() => cypher(key)).toThrow(/Invalid cypher key/),
  );

  it('fails loudly on an include of a file that does not exist', () => {
    expect(() => cypher('project/_no-such-fragment')).toThrow(/ENOENT/);
  });
});
