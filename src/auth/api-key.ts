import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys look like `cak_<id>_<secret>`: `cak` says what it is (so secret scanners and people
 * recognise it), `<id>` is the public part shown in lists and used to revoke, `<secret>` is 32
 * random bytes. The graph stores the SHA-256 of the whole key, never the key: with 256 random
 * bits a fast hash is safe (nothing to guess from), and every app instance can check a key.
 */
const PREFIX = 'cak';
const KEY_SHAPE = /^cak_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface NewKey {
  id: string;
  /** The key itself: shown once, to whoever created it. */
  key: string;
  hash: string;
}

export function newApiKey(): NewKey {
  const id = randomBytes(8)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .padEnd(10, '0')
    .slice(0, 10);
  const key = `${PREFIX}_${id}_${randomBytes(32).toString('base64url')}`;
  return { id, key, hash: hashApiKey(key) };
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The key's public id, or null when the text is not shaped like one of our keys. */
export function keyIdOf(key: string): string | null {
  return KEY_SHAPE.exec(key)?.[1] ?? null;
}

/** A key as it may appear in logs: its public id only. */
export const redactKey = (key: string): string => {
  const id = keyIdOf(key);
  return id ? `${PREFIX}_${id}_…` : '…';
};
