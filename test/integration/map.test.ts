import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import type { Runtime } from '../../src/runtime.js';
import { resetGraph } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';
import { startTestRuntime } from '../support/runtime.js';

// The chain-map page in Debian's Chromium on the seed graph (skipped without the browser, as the
// IDE's test is). Screenshots go to test-artifacts/ (git-ignored).
const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const ARTIFACTS = path.resolve('test-artifacts');

let app: Runtime;
let browser: Browser | undefined;
beforeAll(async () => {
  app = await startTestRuntime();
  await resetGraph(app.db);
  await importDataset(app.db, DATA_DIR);
  if (hasChromium)
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(query: string) {
  const context = await browser!.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(app.http.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.http.url}/?${query}`);
  await page.waitForSelector('body[data-drawn]', { timeout: 30_000 });
  return { page, context, foreign, errors };
}

/**
 * Moves the period slider to a period, as a user releasing it there would: its steps are the
 * graph's periods in order, so the step is found by the label it shows. (Page code as text: the
 * tests are type-checked without the DOM library.)
 */
async function setPeriod(page: import('playwright-core').Page, period: number) {
  await page.waitForFunction('Number(document.getElementById("period").max) > 0');
  await page.evaluate(`(() => {
    const slider = document.getElementById('period');
    for (let i = 0; i <= Number(slider.max); i += 1) {
      slider.value = String(i);
      slider.dispatchEvent(new Event('input'));
      if (document.getElementById('period-label').textContent.startsWith('第${period}期')) break;
    }
    slider.dispatchEvent(new Event('change'));
  })()`);
}

describe.runIf(hasChromium)('the chain-map page', () => {
  it('draws 现代食品 in 惠济区 with its gap classes, from this server only, without errors', async () => {
    const { page, context, foreign, errors } = await open('chain=现代食品&region=惠济区');
    const classes = JSON.parse((await page.getAttribute('body', 'data-classes'))!) as Record<
      string,
      string
    >;
    // 三全 and 思念 are 惠济区's 速冻食品 firms (s001, s004); nothing in the graph makes 惠济区 a
    // maker of 食品机械.
    expect(classes['速冻食品']).toBe('PRESENT');
    expect(classes['食品机械']).toBe('MISSING');
    expect(Object.values(classes)).toContain('UNKNOWN');
    expect(await page.textContent('#status')).toContain('现代食品产业链 @ 惠济区');
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-huiji-food.png') });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a segment from the URL with its firms and fill candidates', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区&segment=food-frozen');
    await page.waitForSelector('#panel h3', { timeout: 30_000 });
    const panel = (await page.textContent('#panel'))!;
    expect(panel).toContain('三全食品');
    expect(panel).toContain('思念');
    expect(panel).toMatch(/补链候选 Fill candidates.*总分/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-huiji-food-frozen.png') });
    await context.close();
  });

  it('keeps chain, region and period in the URL, so a link reproduces the view', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区');
    await setPeriod(page, 5);
    await page.waitForSelector('body[data-drawn$="#5"]', { timeout: 30_000 });
    const url = new URL(page.url());
    expect(url.searchParams.get('period')).toBe('5');
    expect(url.searchParams.get('chain')).toBe('现代食品');
    const again = await open(url.search.slice(1));
    expect(await again.page.getAttribute('body', 'data-drawn')).toMatch(/@.*#5$/);
    await again.context.close();
    await context.close();
  });

  it('redraws the map as of a 三个一批 period with the slider', async () => {
    // 高新区's 集成电路设计 has only projects now (PIPELINE_ONLY); as of period 6 none of them was
    // listed yet, so the segment was MISSING then.
    const { page, context } = await open('chain=电子信息&region=高新区');
    const classOf = async () =>
      (JSON.parse((await page.getAttribute('body', 'data-classes'))!) as Record<string, string>)[
        '集成电路设计'
      ];
    expect(await classOf()).toBe('PIPELINE_ONLY');
    await setPeriod(page, 6);
    await page.waitForSelector('body[data-drawn$="#6"]', { timeout: 30_000 });
    expect(await classOf()).toBe('MISSING');
    expect(await page.textContent('#period-label')).toContain('第6期');
    await context.close();
  });

  it('compares regions side by side, with what each answer rests on', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区&compare=高新区,经开区');
    await page.waitForSelector('#compare table', { timeout: 30_000 });
    const head = await page.$$eval('#compare thead th', (th) => th.map((t) => t.textContent));
    expect(head.slice(1)).toEqual(['惠济区', '郑州高新技术产业开发区', '郑州经济技术开发区']);
    const frozen = await page.$$eval('#compare tbody tr', (rows) =>
      rows
        .find((r) => r.querySelector('th')?.textContent === '速冻食品')!
        .querySelectorAll('td')[0]!
        .getAttribute('data-class'),
    );
    expect(frozen).toBe('PRESENT');
    expect(await page.textContent('#compare tfoot')).toContain('数据覆盖');
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-compare.png'), fullPage: true });
    await context.close();
  });

  it('exports the map as a PNG image', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const file = path.join(ARTIFACTS, 'map-export.png');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 8)).toEqual(
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    );
    await context.close();
  });
});
