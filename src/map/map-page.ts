import { favicon } from '../ide/ide-page.js';
import type { MapManifest } from './map-build.js';

export type PageLang = 'zh' | 'en';

/** Same-origin only: the page can load nothing from another host. */
export const mapContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // ECharts sets inline styles on its DOM
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The workbench page: the chain map with its side panel and compare table, and the region
 * dashboard, in Chinese or (`?lang=en`) English. The script fills it from the GraphQL API.
 */
export function renderMapPage(manifest: MapManifest, assetsPath: string, lang: PageLang): string {
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  return `<!doctype html>
<html lang="${t('zh-CN', 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('链图 ChainAtlas — 产业链图谱', 'ChainAtlas 链图 — chain map')}</title>
<link rel="icon" href="${favicon}">
<link rel="stylesheet" href="${assetsPath}/${manifest.style}">
<link rel="modulepreload" href="${assetsPath}/${manifest.script}">
<script type="module" src="${assetsPath}/${manifest.script}"></script>
</head>
<body>
<header>
  <h1>${t('链图 <small>产业链图谱</small>', 'ChainAtlas <small>chain map</small>')}</h1>
  <nav aria-label="${t('视图', 'Views')}">
    <a id="tab-map" href="#" data-view="map">${t('产业链图谱', 'Chain map')}</a>
    <a id="tab-dashboard" href="#" data-view="dashboard">${t('区域看板', 'Region dashboard')}</a>
  </nav>
  <label class="for-map">${t('产业链', 'Chain')} <input id="chain" list="chains" placeholder="${t('如 现代食品', 'e.g. 现代食品')}" autocomplete="off"></label>
  <datalist id="chains"></datalist>
  <label>${t('区域', 'Region')} <input id="region" list="regions" placeholder="${t('如 惠济区', 'e.g. 惠济区')}" autocomplete="off"></label>
  <datalist id="regions"></datalist>
  <datalist id="districts"></datalist>
  <label class="for-map">${t('对比', 'Compare')} <input id="compare-input" list="districts" placeholder="${t('如 高新区,经开区', 'e.g. 高新区,经开区')}" autocomplete="off"></label>
  <label class="for-map">${t('截至期次', 'As of')} <input id="period" type="range" min="0" max="0" step="1" value="0"> <output id="period-label">${t('当前', 'now')}</output></label>
  <span class="for-map exports">
    <a id="csv" href="#" download title="${t('下载该链各环节缺口表（chain-gaps 报表）', 'Download the segment table (chain-gaps report)')}">CSV</a>
    <button id="png" type="button" title="${t('导出图片', 'Export as image')}">PNG</button>
    <button id="svg" type="button" title="${t('导出矢量图', 'Export as vector image')}">SVG</button>
  </span>
  <span class="for-dashboard exports"><a id="dashboard-csv" href="#" download title="${t('下载按产业链的项目统计（project-stats 报表）', 'Download project counts by chain (project-stats report)')}">CSV</a></span>
  <a id="lang" href="#" lang="${t('en', 'zh-CN')}">${t('English', '中文')}</a>
  <a href="/graphql">GraphQL IDE</a>
</header>
<main id="map-view">
  <section id="legend" aria-label="${t('图例', 'Legend')}"></section>
  <div id="status" role="status"></div>
  <div id="chart" aria-label="${t('产业链图谱', 'Chain map')}"></div>
  <aside id="panel" hidden></aside>
  <section id="compare" hidden aria-label="${t('区域对比', 'Regions compared')}"></section>
</main>
<main id="dashboard" hidden aria-label="${t('区域看板', 'Region dashboard')}"></main>
</body>
</html>
`;
}
