import { parse, type OperationDefinitionNode } from 'graphql';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ideExamples } from '../../src/ide/examples.js';
import { ideTitle } from '../../src/ide/ide-page.js';
import type { Runtime } from '../../src/runtime.js';
import { gql, startTestRuntime } from '../support/runtime.js';

// Debian's Chromium, never a downloaded one (`npm test` installs it when it can: see
// scripts/ensure-chromium.sh). Without it the browser half of this file is skipped.
const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn(
    `ide.test.ts: ${chromiumPath} is missing, so the browser test is skipped. ` +
      'Install it with `apt-get install chromium` to run it.',
  );
}

const browserHtml = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let app: Runtime;
beforeAll(async () => {
  app = await startTestRuntime();
});
afterAll(() => app?.stop());

async function openAsBrowser(url: string) {
  const res = await fetch(url, { headers: { accept: browserHtml } });
  return { res, html: await res.text() };
}

describe('GraphQL IDE over HTTP', () => {
  it('serves the IDE page to a browser on GET /graphql, from this server only', async () => {
    const { res, html } = await openAsBrowser(`${app.http.url}/graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('vary')).toMatch(/accept/i);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).toContain(`<title>${ideTitle}</title>`);
    // No absolute URL anywhere: nothing the page loads can come from another host.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

    const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    const style = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/ide\/main-\w+\.js$/);
    expect(style).toMatch(/^\/ide\/main-\w+\.css$/);
    const js = await fetch(`${app.http.url}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${app.http.url}${style}`)).status).toBe(200);
  });

  it('leaves API requests to Apollo: POST, and GET asking for JSON', async () => {
    const post = await gql(app.http.url, '{ databaseInfo { version } }');
    expect(post.status).toBe(200);
    expect(post.body.data.databaseInfo.version).toMatch(/^5\.26\./);

    const query = encodeURIComponent('{ databaseInfo { version } }');
    for (const accept of ['application/json', '*/*', undefined]) {
      const res = await fetch(`${app.http.url}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true', ...(accept ? { accept } : {}) },
      });
      expect(res.status, `Accept: ${accept}`).toBe(200);
      const body = (await res.json()) as any;
      expect(body.data.databaseInfo.version).toMatch(/^5\.26\./);
    }
  });

  it('serves a short "disabled" page instead when introspection is off', async () => {
    const closed = await startTestRuntime({ INTROSPECTION: 'false' });
    try {
      const { res, html } = await openAsBrowser(`${closed.http.url}/graphql`);
      expect(res.status).toBe(200);
      expect(html).toContain('INTROSPECTION=false');
      expect(html).toContain('The GraphQL IDE is disabled');
      expect(html).not.toContain('<script');
      const api = await gql(closed.http.url, '{ databaseInfo { version } }');
      expect(api.body.data.databaseInfo.version).toMatch(/^5\.26\./);
    } finally {
      await closed.stop();
    }
  });
});

describe.skipIf(!hasChromium)('GraphQL IDE in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    profile = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('runs the databaseInfo example offline and shows Neo4j 5.26', async () => {
    const origin = new URL(app.http.url).origin;
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });

    await page.goto(`${app.http.url}/graphql`);
    await expect(page.title()).resolves.toBe(ideTitle);
    // The first load may wait for the bundle to be built.
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });
    for (const plugin of [
      '示例 / Examples',
      'Documentation Explorer',
      'History',
      'GraphiQL Explorer',
    ]) {
      await page.getByRole('button', { name: `Show ${plugin}` }).waitFor();
    }

    // Every example is a tab, titled by its operation name.
    const tabs = page.locator('[aria-label="Select active operation"] button[title]');
    const names = ideExamples.map(
      (e) => (parse(e.query).definitions[0] as OperationDefinitionNode).name?.value,
    );
    await expect.poll(() => tabs.evaluateAll((b) => b.map((e) => e.title))).toEqual(names);

    await page
      .locator('[aria-label="Select active operation"] button[title="DatabaseInfo"]')
      .click();
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText())
      .toContain('databaseInfo');
    // GraphiQL re-reads the operation name 100 ms after the editor changes (a debounce); a
    // click before that would run the previous tab's operation name against this query.
    await page.waitForTimeout(400);
    await page.locator('button.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toMatch(/"5\.26\.\d+"/);
    await expect(response.innerText()).resolves.toContain('"community"');
    // Query, variables, headers and response editors: Monaco and its workers all came up.
    await expect.poll(() => page.locator('.monaco-editor').count()).toBeGreaterThanOrEqual(3);

    // The Explorer plugin lists the schema's root fields (read by introspection).
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-plugin').getByText('databaseInfo', { exact: true }).waitFor();

    await page.screenshot({ path: '/tmp/ide.png' });

    // The Examples pane lists every example by its bilingual title and opens one in a new tab.
    await page.getByRole('button', { name: 'Show 示例 / Examples' }).click();
    const pane = page.locator('.graphiql-plugin');
    for (const { title } of ideExamples) await pane.getByRole('button', { name: title }).waitFor();
    await pane.getByRole('button', { name: ideExamples.at(-1)!.title }).click();
    await expect.poll(() => tabs.count()).toBe(ideExamples.length + 1);
    await expect.poll(() => tabs.last().getAttribute('title')).toBe(names.at(-1));

    const foreign = requested.filter(
      (u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin,
    );
    expect(foreign, 'requests that left the machine').toEqual([]);
    expect(requested.filter((u) => /\/ide\/\w+\.worker-\w+\.js$/.test(u))).not.toEqual([]);
    expect(problems).toEqual([]);
  });
});
