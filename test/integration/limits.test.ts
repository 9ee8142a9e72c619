import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { LIMITS } from '../../src/server/limits.js';
import { gql, startTestRuntime } from '../support/runtime.js';

let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
});
afterAll(() => app.stop());

const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;

// enterprises(first: 100) × projects(first: 50): about 149 000 against a limit of 20 000.
const HEAVY_LITERAL =
  '{ enterprises(first: 100) { edges { node { name projects(first: 50) { role project { name } } } } } }';
const HEAVY_VARIABLES =
  'query($n: Int, $m: Int) { enterprises(first: $n) { edges { node { name projects(first: $m) { role project { name } } } } } }';

describe('the cost limit holds however the sizes are written', () => {
  it('refuses literals, variables, variable defaults and fragments alike', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [HEAVY_LITERAL, {}],
      [HEAVY_VARIABLES, { n: 100, m: 50 }],
      [
        HEAVY_VARIABLES.replace('$n: Int,', '$n: Int = 100,').replace('$m: Int', '$m: Int = 50'),
        {},
      ],
      [
        'query { ...Q } fragment Q on Query { enterprises(first: 100) { ...E } } fragment E on EnterpriseConnection { edges { node { name projects(first: 50) { role project { name } } } } }',
        {},
      ],
    ];
    for (const [query, variables] of cases) {
      const { status, body } = await gql(app.http.url, query, variables);
      expect(status, query).toBe(400);
      expect(code(body), query).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors![0].message).toMatch(/Cost limit of 20000/);
    }
  });

  it('accepts the same operation with small sizes passed as variables', async () => {
    const { status, body } = await gql(app.http.url, HEAVY_VARIABLES, { n: 5, m: 5 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('counts depth on the operation as written: fragments add no levels', async () => {
    // Depth 6 written through three nested fragments.
    const query =
      'query { ...A } fragment A on Query { district(name: "郑州") { ...B } } fragment B on District { children { ...C } } fragment C on District { children { children { children { id } } } }';
    const { status, body } = await gql(app.http.url, query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });
});

describe('argument sizes', () => {
  it('refuses a long text argument, as a literal or a variable, naming it', async () => {
    const long = '新'.repeat(LIMITS.maxStringLength + 1);
    for (const [query, variables] of [
      [`{ search(text: "${long}") { kind } }`, {}],
      [
        'query($c: String!) { chainGaps(chain: $c, regions: ["nowhere"]) { region { name } } }',
        { c: 'x'.repeat(100_000) },
      ],
    ] as const) {
      const started = Date.now();
      const { status, body } = await gql(app.http.url, query, variables);
      expect(status).toBe(400);
      expect(code(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/longer than 200 characters/);
      expect(body.errors![0].extensions.argument).toMatch(/^(search\(text\)|chainGaps\(chain\))$/);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('accepts a name of ordinary length', async () => {
    const { status, body } = await gql(app.http.url, '{ search(text: "食品") { kind } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses a list argument with too many items', async () => {
    const regions = Array.from({ length: LIMITS.maxListItems + 1 }, (_, i) => `r${i}`);
    const { status, body } = await gql(
      app.http.url,
      'query($r: [String!]!) { chainGaps(chain: "新能源汽车", regions: $r) { region { name } } }',
      { r: regions },
    );
    expect(status).toBe(400);
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/more than 100 items/);
  });
});

describe('HTTP edges', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers a malformed JSON body with a coded JSON error, no stack or path', async () => {
    const res = await post('{"query": bad');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/\s+at |node_modules|\/work\/|\.ts:/);
  });

  it('answers an oversized body with 413 and a coded JSON error', async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } #${'a'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('echoes a well-formed x-request-id and replaces an overlong one', async () => {
    const ok = await post('{"query":"{ __typename }"}', { 'x-request-id': 'bi-42.a' });
    expect(ok.headers.get('x-request-id')).toBe('bi-42.a');
    const long = await post('{"query":"{ __typename }"}', { 'x-request-id': 'r'.repeat(5000) });
    expect(long.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never exposes the statement key or the database address', async () => {
    const { body } = await gql(
      app.http.url,
      '{ databaseInfo { address version } projects(first: 1000) { totalCount } }',
    );
    expect(body.data?.databaseInfo?.address ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/"query"|bolt:\/\/|127\.0\.0\.1/);
  });

  it('closes a connection whose headers never finish', async () => {
    const url = new URL(app.http.url);
    const socket = net.connect(Number(url.port), url.hostname);
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => {});
    });
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n'); // and never the blank line
    const ms = await closed;
    expect(ms).toBeLessThan(15_000); // headers timeout 10 s, checked every second
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 40_000);
});
