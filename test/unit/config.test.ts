import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 4000', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.embedded.dir).toBe('/srv/app/.neo4j');
    expect(c.embedded.heap).toBe('512m');
    expect(c.seed.onStart).toBe(true);
  });

  it('reads an external database', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 's',
      NEO4J_DATABASE: 'graph',
    });
    expect(c.neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      password: 's',
      database: 'graph',
      user: 'neo4j',
    });
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI: expected bolt/],
    ['EMBEDDED_NEO4J_HEAP', 'lots', /EMBEDDED_NEO4J_HEAP: expected a size/],
    ['SEED_ON_START', 'maybe', /SEED_ON_START/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['CORS_ORIGINS', 'bi.example.com', /CORS_ORIGINS: expected \* or comma-separated origins/],
    ['AUTH_ANONYMOUS', 'sometimes', /AUTH_ANONYMOUS/],
    ['RATE_LIMIT_PER_MINUTE', '0', /RATE_LIMIT_PER_MINUTE/],
  ])('fails fast on a bad %s, naming the setting', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reads the access settings', () => {
    const c = loadConfig({
      CORS_ORIGINS: 'https://bi.example.com/, http://grafana.local:3000',
      AUTH_ANONYMOUS: 'false',
      TRUSTED_DOCUMENTS: 'true',
      TRUST_PROXY: '1',
    });
    expect(c.corsOrigins).toEqual(['https://bi.example.com', 'http://grafana.local:3000']);
    expect(c.auth).toMatchObject({ anonymous: 'false', ratePerMinute: 600 });
    expect(c.trustedDocuments).toBe(true);
    expect(c.trustProxy).toBe(1);
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it('lists every bad setting at once', () => {
    try {
      loadConfig({ PORT: '-1', NEO4J_TX_TIMEOUT_MS: 'soon' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual([
        'NEO4J_TX_TIMEOUT_MS',
        'PORT',
      ]);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
  });
});
