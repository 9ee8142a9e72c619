import { describe, expect, it } from 'vitest';
import { hashApiKey, keyIdOf, newApiKey, redactKey } from '../../src/auth/api-key.js';
import { roleAllows } from '../../src/auth/roles.js';
import { listensOnLoopback } from '../../src/config/config.js';
import { redacted } from '../../src/server/report-routes.js';

describe('API keys', () => {
  it('are random, carry their public id, and are stored as a SHA-256 hash', () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(a.key).not.toBe(b.key);
    expect(keyIdOf(a.key)).toBe(a.id);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(keyIdOf('Bearer nonsense')).toBeNull();
  });

  it('never reach the logs: only the public id, and api_key in an address is masked', () => {
    const { id, key } = newApiKey();
    expect(redactKey(key)).toBe(`cak_${id}_…`);
    const logged = redacted(`/api/v1/reports/pipeline?region=郑州&api_key=${key}&format=csv`);
    expect(logged).not.toContain(key);
    expect(new URL(logged, 'http://x').searchParams.get('region')).toBe('郑州');
    expect(redacted(`/api/v1/reports/pipeline?api%5Fkey=${key}`)).not.toContain(key);
    expect(redacted('/api/v1/reports/pipeline?region=x')).toBe('/api/v1/reports/pipeline?region=x');
  });
});

describe('roles', () => {
  it('include the ones below them', () => {
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('editor', 'reader')).toBe(true);
    expect(roleAllows('reader', 'editor')).toBe(false);
    expect(roleAllows('editor', 'admin')).toBe(false);
  });
});

describe('the anonymous policy', () => {
  it('counts only loopback addresses as private to this machine', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '127.0.1.1'])
      expect(listensOnLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'api.example.com'])
      expect(listensOnLoopback(h)).toBe(false);
  });
});
