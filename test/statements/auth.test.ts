import { describe, expect, it } from 'vitest';
import { useGraph } from './support.js';

// The API key statements (auth/*) on an empty graph: create is idempotent by id, the hash finds
// the key, revocation keeps its first time, the active count leaves revoked keys out, the list
// never returns hashes.
const graph = useGraph('tiny');
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

// These tests build on each other's writes, so they run in order (the tier runs tests concurrently).
describe.sequential('auth statements', () => {
  it('auth/key-create records a key once by id', async () => {
    const key = { id: 'k1', hash: HASH_A, name: '帆软', role: 'reader', ratePerMinute: null };
    const [first] = await graph().write('auth/key-create', key);
    expect(first).toMatchObject({ id: 'k1', name: '帆软', role: 'reader', created: true });
    expect(first!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [again] = await graph().write('auth/key-create', { ...key, name: 'other' });
    expect(again).toMatchObject({ name: '帆软', created: false });
    await graph().write('auth/key-create', { ...key, id: 'k2', hash: HASH_B, role: 'admin' });
  });

  it('auth/key-by-hash finds the key by its hash only', async () => {
    expect(await graph().read('auth/key-by-hash', { hash: HASH_A })).toEqual([
      {
        id: 'k1',
        name: '帆软',
        role: 'reader',
        ratePerMinute: null,
        revoked: false,
        lastUsedAt: null,
      },
    ]);
    expect(await graph().read('auth/key-by-hash', { hash: 'c'.repeat(64) })).toEqual([]);
  });

  it('auth/key-touch, auth/key-revoke and auth/key-active-count', async () => {
    expect(await graph().write('auth/key-touch', { ids: ['k1', 'nobody'] })).toEqual([{ n: 1 }]);
    expect((await graph().read('auth/key-by-hash', { hash: HASH_A }))[0]!.lastUsedAt).toMatch(
      /^\d{4}-/,
    );
    expect(await graph().read('auth/key-active-count')).toEqual([{ n: 2 }]);
    const [revoked] = await graph().write('auth/key-revoke', { id: 'k2' });
    const [twice] = await graph().write('auth/key-revoke', { id: 'k2' });
    expect(twice!.revokedAt).toBe(revoked!.revokedAt);
    expect(await graph().write('auth/key-revoke', { id: 'nobody' })).toEqual([]);
    expect(await graph().read('auth/key-active-count')).toEqual([{ n: 1 }]);
    expect((await graph().read('auth/key-by-hash', { hash: HASH_B }))[0]!.revoked).toBe(true);
  });

  it('auth/key-list gives every key without its hash', async () => {
    const rows = await graph().read('auth/key-list');
    expect(rows.map((r) => r.id).sort()).toEqual(['k1', 'k2']);
    expect(JSON.stringify(rows)).not.toContain(HASH_A);
    expect(rows.find((r) => r.id === 'k2')!.revokedAt).toMatch(/^\d{4}-/);
  });
});
