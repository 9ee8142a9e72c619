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

async function open(query: string, ready = 'body[data-drawn]') {
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
  await page.waitForSelector(ready, { timeout: 30_000 });
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

  it('marks the extension points: lacking segments next to one the region has', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区');
    const extensions = JSON.parse(
      (await page.getAttribute('body', 'data-extensions'))!,
    ) as string[];
    // 食品机械 and 食品包装 supply 速冻食品, which 惠济区 has; 速冻食品 itself is no extension point.
    expect(extensions).toEqual(expect.arrayContaining(['食品机械', '食品包装']));
    expect(extensions).not.toContain('速冻食品');
    await context.close();
  });

  it('opens a gap from the URL: who could fill it, their score parts and the paths why', async () => {
    const { page, context, errors } = await open(
      'chain=现代食品&region=惠济区&segment=food-machinery',
    );
    await page.waitForSelector('#panel [data-candidate]', { timeout: 30_000 });
    const panel = (await page.textContent('#panel'))!;
    expect(panel).toContain('缺失');
    expect(panel).toMatch(/延链点：为本地已有的「速冻食品」供货/);
    expect(panel).toMatch(/补链候选.*总分/);
    // Each candidate's justifying path runs from it through 食品机械 and 速冻食品 to a local firm.
    const paths = await page.$$eval('#panel [data-candidate] .path', (els) =>
      els.map((e) => [...e.querySelectorAll('.chip')].map((c) => c.textContent)),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.slice(1, 3)).toEqual(['食品机械', '速冻食品']);
      expect(['三全食品', '思念']).toContain(p[3]);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-huiji-food-machinery.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists a present segment’s local firms and says it is no gap (no candidates)', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区&segment=food-frozen');
    await page.waitForSelector('#panel [data-not-gap]', { timeout: 30_000 });
    const panel = (await page.textContent('#panel'))!;
    expect(panel).toContain('三全食品');
    expect(panel).toContain('思念');
    expect(panel).toContain('不是缺口');
    expect(await page.$$('#panel [data-candidate]')).toHaveLength(0);
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

  it('speaks English with lang=en: labels, classes and segment names from the taxonomy', async () => {
    const { page, context, errors } = await open(
      'chain=现代食品&region=惠济区&segment=food-machinery&lang=en',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('header')).toContain('Region dashboard');
    expect(await page.textContent('#legend')).toContain('no data');
    await page.waitForSelector('#panel [data-candidate]', { timeout: 30_000 });
    expect(await page.textContent('#panel h2')).toContain('food machinery');
    expect(await page.textContent('#panel')).toContain('Fill candidates');
    expect(await page.textContent('#status')).toMatch(/missing \d+/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-huiji-en.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a district’s dashboard: projects by status, the pipeline beside stated counts, completeness per chain, clusters', async () => {
    const { page, context, foreign, errors } = await open(
      'view=dashboard&region=高新区',
      'body[data-dashboard]',
    );
    expect(await page.textContent('#dashboard h2')).toContain('郑州高新技术产业开发区');
    // The seed's 43 高新区 projects by status: the chart carries the numbers projectStats gives.
    const counts = JSON.parse((await page.getAttribute('#d-status', 'data-counts'))!) as Record<
      string,
      number
    >;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(43);
    expect(counts.UNDER_CONSTRUCTION).toBe(24);
    // 第七期: the article states 3 signed and 9 started for 高新区, shown beside the graph's listings.
    const period7 = await page.textContent('table.pipeline tbody tr:last-child');
    expect(period7).toContain('第7期');
    expect(period7).toMatch(/所述 3.*所述 9/);
    const weighted = JSON.parse((await page.getAttribute('#d-chains', 'data-weighted'))!) as Record<
      string,
      number
    >;
    expect(weighted['物联网产业链']).toBeGreaterThan(0);
    // Chains the graph knows nothing of here are named as no data, not drawn as 0%.
    expect(await page.textContent('#dashboard .nodata')).toContain('无数据');
    expect(await page.textContent('#dashboard')).toContain('郑州高新区传感器产业');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-gaoxin.png'), fullPage: true });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    // A chain there opens its map for the same region.
    await page.click('#dashboard .nodata a');
    await page.waitForSelector('body:not(.view-dashboard)[data-drawn]', { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await context.close();
  });

  it('shows a park’s dashboard', async () => {
    const { page, context } = await open(
      'view=dashboard&region=安图生物体外诊断产业园',
      'body[data-dashboard]',
    );
    expect(await page.textContent('#dashboard h2')).toContain('安图生物体外诊断产业园');
    const counts = JSON.parse((await page.getAttribute('#d-status', 'data-counts'))!) as Record<
      string,
      number
    >;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(4);
    await context.close();
  });

  it('exports the map as an SVG image', async () => {
    const { page, context } = await open('chain=现代食品&region=惠济区');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#svg')]);
    const file = path.join(ARTIFACTS, 'map-export.svg');
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('速冻食品');
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
