import { describe, expect, it } from 'vitest';
import { nodeIdsByKey, useGraph } from './support.js';

// entity/by-names on the tiny fixture (test/fixtures/datasets/tiny): 郑州市 (alias 郑州), 甲区,
// 甲产业园, 甲科技有限公司 (alias 甲科技). One row per key found: stored name, then stored alias,
// then the NFKC-normalised forms; a part of a name is no name.
const graph = useGraph('tiny');
const byNames = async (label: string, keys: string[]) =>
  nodeIdsByKey(await graph().read('entity/by-names', { label, keys }));

describe('entity/by-names', () => {
  it('finds a node by its stored name and by a stored alias, in one call', async () => {
    expect(await byNames('District', ['郑州市', '郑州', '甲区', '河南'])).toEqual({
      郑州市: ['zhengzhou'],
      郑州: ['zhengzhou'],
      甲区: ['zz-a'],
    });
    expect(await byNames('Enterprise', ['甲科技', '甲科技有限公司', '甲科'])).toEqual({
      甲科技: ['ent-a'],
      甲科技有限公司: ['ent-a'],
    });
  });

  it('keeps to the label asked for', async () => {
    expect(await byNames('Park', ['甲区', '郑州', '甲产业园'])).toEqual({ 甲产业园: ['park-a'] });
  });

  it('matches a stored name that differs only in width (the full-text fallback)', async () => {
    // Keys arrive NFKC-normalised (half-width); this stored name is full-width.
    await graph().raw(
      "MERGE (n:Entity:Enterprise {uid: 'Enterprise:fw'}) SET n.id = 'fw', n.name = 'ＡＢＣ科技'",
      {},
      'WRITE',
    );
    expect(await byNames('Enterprise', ['ABC科技', 'ABC'])).toEqual({ ABC科技: ['fw'] });
  });
});
