import { favicon } from '../ide/ide-page.js';
import type { MapManifest } from './map-build.js';

export const mapTitle = 'ChainAtlas 链图 — 产业链图谱 / Chain map';

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

export function renderMapPage(manifest: MapManifest, assetsPath: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mapTitle}</title>
<link rel="icon" href="${favicon}">
<link rel="stylesheet" href="${assetsPath}/${manifest.style}">
<script type="module" src="${assetsPath}/${manifest.script}"></script>
</head>
<body>
<header>
  <h1>链图 <small>产业链图谱 / Chain map</small></h1>
  <label>产业链 Chain <input id="chain" list="chains" placeholder="如 现代食品" autocomplete="off"></label>
  <datalist id="chains"></datalist>
  <label>区域 Region <input id="region" list="regions" placeholder="如 惠济区" autocomplete="off"></label>
  <datalist id="regions"></datalist>
  <label>对比 Compare <input id="compare-input" list="regions" placeholder="如 高新区,经开区" autocomplete="off"></label>
  <label>截至期次 As of <input id="period" type="range" min="0" max="0" step="1" value="0"> <output id="period-label">当前 / now</output></label>
  <a id="csv" href="#" download>CSV</a>
  <button id="png" type="button">PNG</button>
  <a href="/graphql">GraphQL IDE</a>
</header>
<main>
  <section id="legend" aria-label="图例 Legend"></section>
  <div id="status" role="status"></div>
  <div id="chart" aria-label="产业链图谱 Chain map"></div>
  <aside id="panel" hidden></aside>
  <section id="compare" hidden aria-label="区域对比 Regions compared"></section>
</main>
</body>
</html>
`;
}
