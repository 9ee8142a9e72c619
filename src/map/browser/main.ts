import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { apiKey, graphql } from './api.js';
import { CLASSES, escape } from './classes.js';
import { renderCompare } from './compare.js';
import {
  COMPARE,
  MAP,
  PANEL,
  PICKERS,
  type ChainMapAnswer,
  type CompareAnswer,
  type MapNode,
} from './queries.js';

echarts.use([GraphChart, TooltipComponent, CanvasRenderer]);

const STAGES = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 } as const;
const STAGE_ZH = { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' } as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const chart = echarts.init($('chart'));
const names = { chains: new Map<string, string>(), regions: new Map<string, string>() };
let current: ChainMapAnswer['chainMap'] | undefined;

function state() {
  const q = new URLSearchParams(location.search);
  return {
    compare: q.get('compare') ?? '',
    chain: q.get('chain') ?? '',
    region: q.get('region') ?? '',
    period: q.get('period') ?? '',
    segment: q.get('segment') ?? '',
  };
}

function setState(patch: Partial<ReturnType<typeof state>>) {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(patch)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

function layout(nodes: MapNode[]) {
  const perColumn = new Map<number, number>();
  return nodes.map((n) => {
    const column = STAGES[n.stage] * 2 + (n.inChain ? 0 : 1);
    const row = perColumn.get(column) ?? 0;
    perColumn.set(column, row + 1);
    return { x: column * 160, y: row * 70 };
  });
}

function draw(map: ChainMapAnswer['chainMap']) {
  current = map;
  const at = layout(map.nodes);
  chart.setOption(
    {
      tooltip: {
        formatter: (p: { dataType: string; data: { node?: MapNode } }) => {
          const n = p.data.node;
          if (!n) return '';
          const s = n.projectsByStatus;
          return [
            `<b>${escape(n.segment.name)}</b> · ${STAGE_ZH[n.stage]}${n.inChain ? '' : '（相邻链 / neighbour）'}`,
            `${escape(n.gapClassLabel)} · 存在度 ${n.presenceScore}`,
            `企业 firms ${n.firmCount} · 链主 ${n.leaderCount} · 龙头 ${n.leadingCount}`,
            `项目 签约 ${s.signed} · 在建 ${s.underConstruction} · 投产 ${s.inProduction} · 未知 ${s.unknown}`,
            n.investmentYi === null
              ? '已知投资：无 / none known'
              : `已知投资 ${n.investmentYi} 亿元`,
          ].join('<br>');
        },
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
          data: map.nodes.map((n, i) => ({
            id: n.segment.id,
            name: `${n.leaderCount > 0 ? '★' : n.leadingCount > 0 ? '◆' : ''}${n.segment.name}`,
            x: at[i]!.x,
            y: at[i]!.y,
            node: n,
            itemStyle: {
              color: CLASSES[n.gapClass].color,
              opacity: n.inChain ? 1 : 0.55,
              borderType: n.gapClass === 'UNKNOWN' ? 'dashed' : 'solid',
              borderColor: n.gapClass === 'UNKNOWN' ? '#616161' : '#ffffff',
              borderWidth: n.gapClass === 'UNKNOWN' ? 2 : 1,
            },
          })),
          links: map.links.map((l) => ({
            source: l.source,
            target: l.target,
            lineStyle: { type: l.crossChain ? 'dashed' : 'solid', opacity: 0.6, curveness: 0.15 },
          })),
        },
      ],
    },
    true,
  );
  const c = map.completeness;
  $('status').textContent =
    `${map.chain.name} @ ${map.region.name}：具备 ${c.present} · 薄弱 ${c.weak} · 仅有项目 ${c.pipelineOnly} · 缺失 ${c.missing} · 无数据 ${c.unknown}` +
    ` | 数据覆盖 coverage: 本地该链企业 ${map.coverage.chainFirms}，项目 ${map.coverage.chainProjects}` +
    (map.coverage.hasChainData
      ? ''
      : ' — 图谱在此区域没有该链数据，“无数据”不等于缺失 / no data on this chain here');
  // What is drawn, for tests and for people reading the page source: chain@region[#period].
  document.body.dataset.drawn = `${map.chain.id}@${map.region.id}${state().period ? `#${state().period}` : ''}`;
  document.body.dataset.classes = JSON.stringify(
    Object.fromEntries(map.nodes.map((n) => [n.segment.name, n.gapClass])),
  );
}

async function showPanel(segmentId: string) {
  const node = current?.nodes.find((n) => n.segment.id === segmentId);
  if (!node || !current) return;
  setState({ segment: segmentId });
  const panel = $('panel');
  panel.hidden = false;
  chart.resize();
  panel.innerHTML = `<h2>${escape(node.segment.name)}</h2><p>${escape(node.gapClassLabel)}</p><p>加载中 / loading…</p>`;
  const d = await graphql<{
    enterprises: {
      totalCount: number;
      edges: {
        node: { id: string; name: string; tags: string[]; leaderOf: { chain: { name: string } }[] };
      }[];
    };
    projects: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          name: string;
          effectiveStatus: string | null;
          totalInvestmentYi: number | null;
        };
      }[];
    };
    fillCandidates: {
      id: string;
      name: string;
      reasons: string[];
      score: Record<string, number | null>;
    }[];
  }>(PANEL, { region: current.region.id, segment: segmentId });
  const li = (items: string[]) =>
    items.length ? `<ul>${items.join('')}</ul>` : '<p class="none">无 / none</p>';
  panel.innerHTML = [
    `<h2>${escape(node.segment.name)}</h2>`,
    `<p class="class" style="border-color:${CLASSES[node.gapClass].color}">${escape(node.gapClassLabel)}</p>`,
    `<p class="reasons">${node.reasons.map(escape).join('<br>')}</p>`,
    `<h3>本地企业 Local firms (${d.enterprises.totalCount})</h3>`,
    li(
      d.enterprises.edges.map(
        ({ node: e }) =>
          `<li data-firm="${escape(e.id)}">${e.leaderOf.length ? '★ ' : ''}${escape(e.name)}${e.tags.length ? ` <small>${e.tags.map(escape).join('、')}</small>` : ''}</li>`,
      ),
    ),
    `<h3>本地项目 Projects (${d.projects.totalCount})</h3>`,
    li(
      d.projects.edges.map(
        ({ node: p }) =>
          `<li>${escape(p.name)} <small>${p.effectiveStatus ?? '状态未知'}${p.totalInvestmentYi === null ? '' : ` · ${p.totalInvestmentYi} 亿元`}</small></li>`,
      ),
    ),
    `<h3>补链候选 Fill candidates</h3>`,
    li(
      d.fillCandidates.map(
        (c) =>
          `<li data-candidate="${escape(c.id)}"><b>${escape(c.name)}</b> <small>总分 ${c.score.total} · 龙头 ${c.score.leader ?? '–'} · 规模 ${c.score.scale ?? '–'} · 联系 ${c.score.links} · 扩张 ${c.score.expansion}</small><br><small>${c.reasons.map(escape).join('；')}</small></li>`,
      ),
    ),
  ].join('');
}

async function load() {
  const s = state();
  const chain = names.chains.get(s.chain) ?? s.chain;
  const region = names.regions.get(s.region) ?? s.region;
  if (!chain || !region) {
    $('status').textContent = '选择产业链和区域 / Pick a chain and a region';
    return;
  }
  $('status').textContent = '加载中 / loading…';
  try {
    const d = await graphql<ChainMapAnswer>(MAP, {
      chain,
      region,
      period: s.period ? Number(s.period) : null,
    });
    draw(d.chainMap);
    const csv = new URLSearchParams({
      chain: d.chainMap.chain.id,
      region: d.chainMap.region.id,
      format: 'csv',
      header: 'zh',
    });
    if (s.period) csv.set('asOfPeriod', s.period);
    const key = apiKey();
    if (key) csv.set('api_key', key);
    ($('csv') as HTMLAnchorElement).href = `/api/v1/reports/chain-gaps?${csv}`;
    const others = s.compare
      .split(/[,，]/)
      .map((r) => r.trim())
      .filter(Boolean);
    const compare = $('compare');
    if (others.length > 0) {
      const c = await graphql<CompareAnswer>(COMPARE, {
        chain,
        regions: [region, ...others].map((r) => names.regions.get(r) ?? r),
        period: s.period ? Number(s.period) : null,
      });
      compare.innerHTML = renderCompare(c);
      compare.hidden = false;
    } else compare.hidden = true;
    if (s.segment) await showPanel(s.segment);
  } catch (err) {
    $('status').textContent = `出错 / Error: ${(err as Error).message}`;
  }
}

async function init() {
  $('legend').innerHTML =
    Object.values(CLASSES)
      .map((c) => `<span><i style="background:${c.color}"></i>${c.zh} ${c.en}</span>`)
      .join('') +
    '<span>★ 链主 chain leader</span><span>◆ 龙头 leading firm</span><span>- - 跨链 cross-chain</span>';
  // The map (the URL's names are accepted as they are) and the pickers load at the same time.
  const drawing = load();
  const d = await graphql<{
    chains: { id: string; name: string }[];
    districts: { id: string; name: string }[];
    parks: { id: string; name: string }[];
    events: { period: number | null }[];
  }>(PICKERS);
  const fill = (list: string, items: { id: string; name: string }[], into: Map<string, string>) => {
    $(list).innerHTML = items.map((i) => `<option value="${escape(i.name)}">`).join('');
    for (const i of items) into.set(i.name, i.id);
  };
  fill('chains', d.chains, names.chains);
  fill('regions', [...d.districts, ...d.parks], names.regions);
  const periods = [
    ...new Set(d.events.map((e) => e.period).filter((p): p is number => p !== null)),
  ].sort((a, b) => a - b);
  // The 三个一批 slider: 0 is now, then each period in order; releasing it redraws the map as of it.
  const slider = $('period') as HTMLInputElement;
  slider.max = String(periods.length);
  const labelOf = (i: number) =>
    i === 0 ? '当前 / now' : `第${periods[i - 1]}期 / period ${periods[i - 1]}`;
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
    void load();
  });
  const s = state();
  ($('chain') as HTMLInputElement).value = s.chain;
  ($('region') as HTMLInputElement).value = s.region;
  slider.value = String(s.period ? periods.indexOf(Number(s.period)) + 1 : 0);
  $('period-label').textContent = labelOf(Number(slider.value));
  ($('compare-input') as HTMLInputElement).value = s.compare;
  const inputs = { chain: 'chain', region: 'region', compare: 'compare-input' };
  for (const [key, id] of Object.entries(inputs))
    $(id).addEventListener('change', (e) => {
      setState({ [key]: (e.target as HTMLInputElement).value, segment: '' });
      $('panel').hidden = true;
      chart.resize();
      void load();
    });
  chart.on('click', (p) => {
    const id = (p.data as { id?: string } | undefined)?.id;
    if (p.dataType === 'node' && id) void showPanel(id);
  });
  $('png').addEventListener('click', () => {
    const a = document.createElement('a');
    a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    a.download = `${current?.chain.name ?? 'chain'}-${current?.region.name ?? ''}.png`;
    a.click();
  });
  window.addEventListener('resize', () => chart.resize());
  await drawing;
}

void init();
