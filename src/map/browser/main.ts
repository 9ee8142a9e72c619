import { BarChart, GraphChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { apiKey, graphql } from './api.js';
import { CLASSES, className, escape, EXTENSION_COLOR, TO_FILL, type GapClass } from './classes.js';
import { renderCompare } from './compare.js';
import { renderDashboard, resizeDashboard } from './dashboard.js';
import { label, lang, side, stageLabel, statusLabel, t, yi } from './i18n.js';
import {
  COMPARE,
  MAP,
  PANEL,
  PICKERS,
  type ChainMapAnswer,
  type CompareAnswer,
  type MapNode,
  type Named,
  type PanelAnswer,
} from './queries.js';
import { setState, state } from './state.js';

echarts.use([
  GraphChart,
  BarChart,
  TooltipComponent,
  GridComponent,
  LegendComponent,
  CanvasRenderer,
  SVGRenderer,
]);

type ChainMap = ChainMapAnswer['chainMap'];

const STAGES = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 } as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const chart = echarts.init($('chart'));
/** Names and aliases typed in the pickers → ids. */
const names = {
  chains: new Map<string, string>(),
  districts: new Map<string, string>(),
  parks: new Map<string, string>(),
};
let current: ChainMap | undefined;
/** Settles once the pickers' names are known (a park is told from a district by its name). */
let pickersLoaded: Promise<unknown> = Promise.resolve();

function layout(nodes: MapNode[]) {
  const perColumn = new Map<number, number>();
  return nodes.map((n) => {
    const column = STAGES[n.stage] * 2 + (n.inChain ? 0 : 1);
    const row = perColumn.get(column) ?? 0;
    perColumn.set(column, row + 1);
    return { x: column * 160, y: row * 70 };
  });
}

/** Extension points of the map by segment id: the local segments each one would extend. */
function extensionsOf(map: ChainMap) {
  const by = new Map<string, ChainMap['extensionPoints']>();
  for (const e of map.extensionPoints) by.set(e.segment.id, [...(by.get(e.segment.id) ?? []), e]);
  return by;
}

function tooltip(n: MapNode, extension: boolean): string {
  const s = n.projectsByStatus;
  return [
    `<b>${escape(label(n.segment))}</b>${lang === 'en' ? ` ${escape(n.segment.name)}` : ''} · ${stageLabel(n.stage)}${n.inChain ? '' : t('（相邻链）', ' (neighbouring chain)')}`,
    `${className(n.gapClass)}${extension ? ` · ${t('延链点', 'extension point')}` : ''} · ${t('存在度', 'presence')} ${n.presenceScore}`,
    t(
      `企业 ${n.firmCount} · 链主 ${n.leaderCount} · 龙头 ${n.leadingCount}`,
      `firms ${n.firmCount} · chain leaders ${n.leaderCount} · leading firms ${n.leadingCount}`,
    ),
    `${t('项目', 'projects')} ${statusLabel('SIGNED')} ${s.signed} · ${statusLabel('UNDER_CONSTRUCTION')} ${s.underConstruction} · ${statusLabel('IN_PRODUCTION')} ${s.inProduction} · ${statusLabel('unknown')} ${s.unknown}`,
    `${t('已知投资', 'known investment')} ${yi(n.investmentYi)}`,
  ].join('<br>');
}

/** The chart's option for a map: the same for the page (canvas) and the SVG export. */
function mapOption(map: ChainMap) {
  const at = layout(map.nodes);
  const extensions = extensionsOf(map);
  return {
    animation: false,
    tooltip: {
      formatter: (p: { data: { node?: MapNode } }) =>
        p.data.node ? tooltip(p.data.node, extensions.has(p.data.node.segment.id)) : '',
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        symbol: 'roundRect',
        symbolSize: [130, 44],
        edgeSymbol: ['none', 'arrow'],
        label: { show: true, fontSize: 12, overflow: 'truncate', width: 120 },
        data: [
          // Column heads: 上游 / 中游 / 下游 and, beside each, the neighbouring chains' segments.
          ...Object.entries(STAGES).flatMap(([stage, column]) =>
            [0, 1]
              .filter((neighbour) =>
                map.nodes.some((n) => n.stage === stage && n.inChain === (neighbour === 0)),
              )
              .map((neighbour) => ({
                id: `stage:${stage}:${neighbour}`,
                name: neighbour ? t('相邻链', 'other chains') : stageLabel(stage),
                x: (column * 2 + neighbour) * 160,
                y: -70,
                symbolSize: 1,
                itemStyle: { color: 'transparent', borderWidth: 0 },
                label: {
                  color: neighbour ? '#9e9e9e' : '#424242',
                  fontWeight: neighbour ? 'normal' : 'bold',
                  fontSize: 13,
                },
                tooltip: { show: false },
                silent: true,
              })),
          ),
          ...map.nodes.map((n, i) => {
            const extension = extensions.has(n.segment.id);
            return {
              id: n.segment.id,
              name: `${n.leaderCount > 0 ? '★' : n.leadingCount > 0 ? '◆' : ''}${extension ? '↗' : ''}${label(n.segment)}`,
              x: at[i]!.x,
              y: at[i]!.y,
              node: n,
              itemStyle: {
                color: CLASSES[n.gapClass].color,
                opacity: n.inChain ? 1 : 0.55,
                borderType: n.gapClass === 'UNKNOWN' ? 'dashed' : 'solid',
                borderColor: extension
                  ? EXTENSION_COLOR
                  : n.gapClass === 'UNKNOWN'
                    ? '#616161'
                    : '#ffffff',
                borderWidth: extension ? 4 : n.gapClass === 'UNKNOWN' ? 2 : 1,
              },
              // Dark text on the pale boxes (no data, neighbouring chains), white on the others.
              label: {
                color: n.gapClass === 'UNKNOWN' || !n.inChain ? '#212121' : '#ffffff',
              },
            };
          }),
        ],
        links: map.links.map((l) => ({
          source: l.source,
          target: l.target,
          lineStyle: { type: l.crossChain ? 'dashed' : 'solid', opacity: 0.6, curveness: 0.15 },
        })),
      },
    ],
  };
}

function draw(map: ChainMap) {
  current = map;
  // Tall enough for the longest column at full size: a long chain scrolls rather than shrinks.
  const rows = Math.max(0, ...layout(map.nodes).map((p) => p.y / 70 + 1));
  $('chart').style.height = `${Math.max(480, (rows + 1) * 66 + 40)}px`;
  chart.resize();
  chart.setOption(mapOption(map), true);
  const c = map.completeness;
  const cov = map.coverage;
  $('status').textContent =
    `${label(map.chain)} @ ${map.region.name}${t('：', ': ')}` +
    [
      `${className('PRESENT')} ${c.present}`,
      `${className('WEAK')} ${c.weak}`,
      `${className('PIPELINE_ONLY')} ${c.pipelineOnly}`,
      `${className('MISSING')} ${c.missing}`,
      `${className('UNKNOWN')} ${c.unknown}`,
      `${t('延链点', 'extension points')} ${new Set(map.extensionPoints.map((e) => e.segment.id)).size}`,
    ].join(' · ') +
    ` | ${t(`数据覆盖：本地该链企业 ${cov.chainFirms}，项目 ${cov.chainProjects}`, `coverage: ${cov.chainFirms} local firms and ${cov.chainProjects} projects of this chain`)}` +
    (cov.hasChainData
      ? ''
      : t(
          ' — 图谱在此区域没有该链数据，“无数据”不等于缺失',
          ' — the graph has no data on this chain here; "no data" does not mean missing',
        ));
  // What is drawn, for tests and for people reading the page source: chain@region[#period].
  document.body.dataset.drawn = `${map.chain.id}@${map.region.id}${state().period ? `#${state().period}` : ''}`;
  document.body.dataset.classes = JSON.stringify(
    Object.fromEntries(map.nodes.map((n) => [n.segment.name, n.gapClass])),
  );
  const byId = new Map(map.nodes.map((n) => [n.segment.id, n.segment.name]));
  document.body.dataset.extensions = JSON.stringify([
    ...new Set(map.extensionPoints.map((e) => byId.get(e.segment.id) ?? e.segment.id)),
  ]);
  // The first map drawn since navigation: what the page-speed benchmark reads (bench/map-paint.ts).
  if (!performance.getEntriesByName('chain-map-drawn').length) performance.mark('chain-map-drawn');
}

/** Relationship types of the graph on a justifying path, in words (graph-model.md). */
const REL: Record<string, [string, string]> = {
  OPERATES_IN: ['经营', 'operates in'],
  SUPPLIES: ['供应', 'supplies'],
  SUPPLIES_TO: ['供货给', 'supplies to'],
  LOCATED_IN: ['位于', 'located in'],
  IN_DISTRICT: ['位于', 'in district'],
  WITHIN: ['属于', 'within'],
  SUBSIDIARY_OF: ['隶属', 'subsidiary of'],
  UNDERTAKEN_BY: ['承建', 'undertaken by'],
  INVESTED_BY: ['投资方', 'invested by'],
  PARTNERS_WITH: ['合作', 'partners with'],
  TARGETS: ['面向', 'targets'],
  IN_CHAIN: ['属于', 'in chain'],
  LEADS: ['链主', 'leads'],
  LEADING_FIRM_OF: ['龙头', 'leading firm of'],
  LISTED_IN: ['入选', 'listed in'],
};

/** A justifying path as the chips of its nodes with the relationship between each two. */
function pathHtml(p: NonNullable<PanelAnswer['fillCandidates']>[number]['paths'][number]): string {
  return p.nodes
    .map((n, i) => {
      const rel = i === 0 ? '' : p.relationships[i - 1]!;
      const [zh, en] = REL[rel] ?? [rel, rel.toLowerCase()];
      return `${i === 0 ? '' : `<span class="rel">${escape(t(zh, en))}</span>`}<span class="chip" data-kind="${escape(n.kind)}">${escape(n.name ?? n.id)}</span>`;
    })
    .join('');
}

function listHtml(items: string[]): string {
  return items.length ? `<ul>${items.join('')}</ul>` : `<p class="none">${t('无', 'none')}</p>`;
}

const STATUS_ORDER = ['SIGNED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'PLANNED', 'unknown'];

function projectsHtml(node: MapNode, d: PanelAnswer): string {
  const counts = node.projectsByStatus;
  const countOf: Record<string, number | undefined> = {
    PLANNED: counts.planned,
    SIGNED: counts.signed,
    UNDER_CONSTRUCTION: counts.underConstruction,
    IN_PRODUCTION: counts.inProduction,
    unknown: counts.unknown,
  };
  const groups = STATUS_ORDER.map((status) => {
    const listed = d.projects.edges
      .map((e) => e.node)
      .filter((p) => (p.effectiveStatus ?? 'unknown') === status);
    if (!listed.length && !countOf[status]) return '';
    const known = listed.filter((p) => p.totalInvestmentYi !== null);
    const sum = known.reduce((n, p) => n + p.totalInvestmentYi!, 0);
    return `<h4 data-status="${status}">${statusLabel(status)} ${countOf[status] ?? listed.length}${known.length ? ` · ${t('已知投资', 'known investment')} ${yi(Math.round(sum * 100) / 100)}` : ''}</h4>${listHtml(
      listed.map(
        (p) =>
          `<li>${escape(p.name)}${p.totalInvestmentYi === null ? '' : ` <small>${yi(p.totalInvestmentYi)}</small>`}</li>`,
      ),
    )}`;
  }).join('');
  return `<h3>${t('本地项目', 'Local projects')} (${d.projects.totalCount})</h3>${groups || listHtml([])}`;
}

function candidatesHtml(node: MapNode, d: PanelAnswer): string {
  const head = `<h3>${t('补链候选', 'Fill candidates')}</h3>`;
  if (node.gapClass === 'PRESENT')
    return `${head}<p class="none" data-not-gap>${t('本环节本地已具备，不是缺口，不列补链候选。', 'The region has this segment: it is not a gap, so no fill candidates are listed.')}</p>`;
  if (node.gapClass === 'UNKNOWN')
    return `${head}<p class="none" data-not-gap>${t('图谱不知本区域是否有此环节（无数据），不据此推荐补链企业。', 'The graph does not know whether the region has this segment (no data), so it recommends no firms for it.')}</p>`;
  const candidates = d.fillCandidates ?? [];
  return `${head}<p class="hint">${t('区域外在本环节经营的企业，按龙头地位、规模、与本地联系、近期扩张评分（未知项不计分）；下列路径为推荐依据。', 'Firms outside the region operating in this segment, scored by standing, scale, links to the region and recent expansion (unknown parts left out); the paths below justify each.')}</p>${listHtml(
    candidates.map(
      (c) =>
        `<li data-candidate="${escape(c.id)}"><b>${escape(c.name)}</b> <small>${t('总分', 'score')} ${c.score.total} · ${t('龙头', 'standing')} ${c.score.leader ?? '–'} · ${t('规模', 'scale')} ${c.score.scale ?? '–'} · ${t('联系', 'links')} ${c.score.links ?? '–'} · ${t('扩张', 'expansion')} ${c.score.expansion ?? '–'}</small><br><small>${c.reasons.map((r) => escape(side(r))).join(t('；', '; '))}</small>${
          c.paths.length
            ? `<div class="paths">${c.paths
                .slice(0, 3)
                .map((p) => `<div class="path">${pathHtml(p)}</div>`)
                .join('')}</div>`
            : ''
        }</li>`,
    ),
  )}`;
}

async function showPanel(segmentId: string) {
  const map = current;
  const node = map?.nodes.find((n) => n.segment.id === segmentId);
  if (!node || !map) return;
  setState({ segment: segmentId });
  const panel = $('panel');
  panel.hidden = false;
  chart.resize();
  const title = `<h2>${escape(label(node.segment))}${lang === 'en' ? ` <small>${escape(node.segment.name)}</small>` : ''}</h2>`;
  panel.innerHTML = `${title}<p>${t('加载中…', 'Loading…')}</p>`;
  const d = await graphql<PanelAnswer>(PANEL, {
    region: map.region.id,
    segment: segmentId,
    gap: TO_FILL.has(node.gapClass),
  });
  if (current !== map || state().segment !== segmentId) return; // the user moved on meanwhile
  const extensions = extensionsOf(map).get(segmentId) ?? [];
  panel.innerHTML = [
    title,
    `<p class="class" style="border-color:${CLASSES[node.gapClass].color}">${className(node.gapClass)} · ${stageLabel(node.stage)}${node.inChain ? '' : t('（相邻链）', ' (neighbouring chain)')}</p>`,
    `<p class="reasons">${node.reasons.map((r) => escape(side(r))).join('<br>')}</p>`,
    extensions.length
      ? `<p class="extension" style="border-color:${EXTENSION_COLOR}"><b>${t('延链点', 'Extension point')}</b>${t('：', ': ')}${extensions
          .map((e) =>
            e.direction === 'UPSTREAM'
              ? t(
                  `为本地已有的「${escape(e.via.name)}」供货`,
                  `supplies the local segment ${escape(label(e.via))}`,
                )
              : t(
                  `承接本地已有的「${escape(e.via.name)}」的产出`,
                  `takes the output of the local segment ${escape(label(e.via))}`,
                ),
          )
          .join(
            t('；', '; '),
          )}${extensions.some((e) => e.crossChain) ? t('（跨链）', ' (across chains)') : ''}${
          node.gapClass === 'UNKNOWN'
            ? t(
                '。图谱无本区域此环节的数据，是否已有未知。',
                '. The graph has no data on this segment here: whether the region has it is unknown.',
              )
            : ''
        }</p>`
      : '',
    `<h3>${t('本地企业', 'Local firms')} (${d.enterprises.totalCount})</h3>`,
    listHtml(
      d.enterprises.edges.map(
        ({ node: e }) =>
          `<li data-firm="${escape(e.id)}">${e.leaderOf.length ? '★ ' : ''}${escape(e.name)}${e.tags.length ? ` <small>${e.tags.map(escape).join('、')}</small>` : ''}</li>`,
      ),
    ),
    projectsHtml(node, d),
    candidatesHtml(node, d),
  ].join('');
}

const districtId = (name: string) => names.districts.get(name) ?? name;

async function loadMap() {
  const s = state();
  const chain = names.chains.get(s.chain) ?? s.chain;
  const region = districtId(s.region);
  if (!chain || !region) {
    $('status').textContent = t('请选择产业链和区域', 'Pick a chain and a region');
    return;
  }
  $('status').textContent = t('加载中…', 'Loading…');
  try {
    const period = s.period ? Number(s.period) : null;
    const others = s.compare
      .split(/[,，]/)
      .map((r) => r.trim())
      .filter(Boolean);
    // The map and the compare table are asked for at the same time.
    const comparing = others.length
      ? graphql<CompareAnswer>(COMPARE, {
          chain,
          regions: [region, ...others.map(districtId)],
          period,
        })
      : null;
    comparing?.catch(() => undefined);
    const d = await graphql<ChainMapAnswer>(MAP, { chain, region, period });
    draw(d.chainMap);
    const csv = new URLSearchParams({
      chain: d.chainMap.chain.id,
      region: d.chainMap.region.id,
      format: 'csv',
      header: lang === 'en' ? 'name' : 'zh',
    });
    if (s.period) csv.set('asOfPeriod', s.period);
    const key = apiKey();
    if (key) csv.set('api_key', key);
    ($('csv') as HTMLAnchorElement).href = `/api/v1/reports/chain-gaps?${csv}`;
    const compare = $('compare');
    if (comparing) {
      compare.innerHTML = renderCompare(await comparing);
      compare.hidden = false;
    } else compare.hidden = true;
    if (s.segment) await showPanel(s.segment);
  } catch (err) {
    $('status').textContent = `${t('出错', 'Error')}: ${(err as Error).message}`;
  }
}

async function loadDashboard() {
  const s = state();
  const root = $('dashboard');
  if (!s.region) {
    root.innerHTML = `<p class="status">${t('请选择区县或园区', 'Pick a district or a park')}</p>`;
    return;
  }
  await pickersLoaded.catch(() => undefined);
  const park = names.parks.get(s.region);
  const csv = new URLSearchParams({
    groupBy: 'CHAIN',
    format: 'csv',
    header: lang === 'en' ? 'name' : 'zh',
  });
  if (!park) csv.set('region', districtId(s.region));
  const key = apiKey();
  if (key) csv.set('api_key', key);
  ($('dashboard-csv') as HTMLAnchorElement).href = `/api/v1/reports/project-stats?${csv}`;
  ($('dashboard-csv') as HTMLAnchorElement).hidden = Boolean(park);
  await renderDashboard(
    root,
    { place: park ?? districtId(s.region), name: s.region, park: park !== undefined },
    (chain) => {
      setState({ view: '', chain, segment: '', compare: '' });
      void show();
    },
  );
}

/** Shows the view the URL names: the chain map (default) or the region dashboard. */
async function show() {
  const s = state();
  const dashboard = s.view === 'dashboard';
  document.body.classList.toggle('view-dashboard', dashboard);
  $('map-view').hidden = dashboard;
  $('dashboard').hidden = !dashboard;
  $('tab-map').setAttribute('aria-current', String(!dashboard));
  $('tab-dashboard').setAttribute('aria-current', String(dashboard));
  ($('region') as HTMLInputElement).setAttribute('list', dashboard ? 'regions' : 'districts');
  ($('chain') as HTMLInputElement).value = s.chain;
  if (dashboard) await loadDashboard();
  else {
    chart.resize();
    await loadMap();
  }
}

function exportFile(href: string, extension: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = `${current?.chain.name ?? 'chain'}-${current?.region.name ?? ''}.${extension}`;
  a.click();
}

function fillPicker(list: string, items: Named[], into: Map<string, string>) {
  $(list).innerHTML += items
    .map(
      (i) =>
        `<option value="${escape(i.name)}"${i.aliases?.length ? ` label="${escape(i.aliases.join(' · '))}"` : ''}>`,
    )
    .join('');
  for (const i of items) for (const n of [i.name, ...(i.aliases ?? [])]) into.set(n, i.id);
}

async function loadPickers() {
  const d = await graphql<{
    chains: Named[];
    districts: Named[];
    parks: Named[];
    events: { period: number | null }[];
  }>(PICKERS);
  fillPicker('chains', d.chains, names.chains);
  fillPicker('districts', d.districts, names.districts);
  fillPicker('regions', d.districts, new Map());
  fillPicker('regions', d.parks, names.parks);
  return d;
}

async function init() {
  $('legend').innerHTML =
    Object.entries(CLASSES)
      .map(
        ([k, c]) => `<span><i style="background:${c.color}"></i>${className(k as GapClass)}</span>`,
      )
      .join('') +
    `<span><i class="extension" style="border-color:${EXTENSION_COLOR}"></i>↗ ${t('延链点', 'extension point')}</span>` +
    `<span>★ ${t('链主', 'chain leader')}</span><span>◆ ${t('龙头企业', 'leading firm')}</span><span>- - ${t('跨链', 'cross-chain')}</span>`;
  const langLink = $('lang') as HTMLAnchorElement;
  langLink.addEventListener('click', () => {
    const q = new URLSearchParams(location.search);
    if (lang === 'en') q.delete('lang');
    else q.set('lang', 'en');
    langLink.href = `${location.pathname}?${q}`;
  });
  // The view the URL names (its names are accepted as they are) and the pickers load together.
  const picking = loadPickers();
  pickersLoaded = picking;
  const showing = show();
  const d = await picking;
  const periods = [
    ...new Set(d.events.map((e) => e.period).filter((p): p is number => p !== null)),
  ].sort((a, b) => a - b);
  // The 三个一批 slider: 0 is now, then each period in order; releasing it redraws the map as of it.
  const slider = $('period') as HTMLInputElement;
  slider.max = String(periods.length);
  const labelOf = (i: number) =>
    i === 0
      ? t('当前', 'now')
      : t(`第${periods[i - 1]}期`, `第${periods[i - 1]}期 (period ${periods[i - 1]})`);
  slider.addEventListener(
    'input',
    () => ($('period-label').textContent = labelOf(Number(slider.value))),
  );
  slider.addEventListener('change', () => {
    setState({
      period: Number(slider.value) === 0 ? '' : String(periods[Number(slider.value) - 1]),
      segment: '',
    });
    $('panel').hidden = true;
    chart.resize();
    void loadMap();
  });
  const s = state();
  ($('region') as HTMLInputElement).value = s.region;
  slider.value = String(s.period ? periods.indexOf(Number(s.period)) + 1 : 0);
  $('period-label').textContent = labelOf(Number(slider.value));
  ($('compare-input') as HTMLInputElement).value = s.compare;
  const inputs = { chain: 'chain', region: 'region', compare: 'compare-input' };
  for (const [key, id] of Object.entries(inputs))
    $(id).addEventListener('change', (e) => {
      setState({ [key]: (e.target as HTMLInputElement).value, segment: '' });
      $('panel').hidden = true;
      void show();
    });
  for (const tab of ['tab-map', 'tab-dashboard'])
    $(tab).addEventListener('click', (e) => {
      e.preventDefault();
      setState({ view: tab === 'tab-dashboard' ? 'dashboard' : '' });
      void show();
    });
  chart.on('click', (p) => {
    const id = (p.data as { id?: string } | undefined)?.id;
    if (p.dataType === 'node' && id) void showPanel(id);
  });
  $('png').addEventListener('click', () =>
    exportFile(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), 'png'),
  );
  $('svg').addEventListener('click', () => {
    if (!current) return;
    // The same option drawn by the SVG renderer, off screen, at the size of the page's chart.
    const box = document.createElement('div');
    const svg = echarts.init(box, null, {
      renderer: 'svg',
      width: $('chart').clientWidth,
      height: $('chart').clientHeight,
    });
    svg.setOption({ ...mapOption(current), backgroundColor: '#fff' });
    const text = svg.renderToSVGString();
    svg.dispose();
    exportFile(URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' })), 'svg');
  });
  window.addEventListener('resize', () => {
    chart.resize();
    resizeDashboard();
  });
  await showing;
}

void init();
