import * as echarts from 'echarts/core';
import { graphql } from './api.js';
import { CLASSES, escape } from './classes.js';
import { label, statusLabel, t, yi } from './i18n.js';
import { dashboardQuery, type DashboardAnswer, type Group } from './queries.js';

/**
 * The region dashboard: for a district or a park, its projects by status and by chain, the
 * 三个一批 pipeline per period beside the counts the sources state, the completeness of each chain
 * (chains the graph knows nothing of here are named apart, never drawn as 0%), and its clusters.
 */

const KIND: Record<string, [string, string]> = {
  LEADING_100BN: ['千亿级主导产业集群', '100bn-yuan leading cluster'],
  STRATEGIC_EMERGING: ['战略性新兴产业', 'strategic emerging industry'],
  FUTURE: ['未来产业', 'future industry'],
  HI_TECH_LEADING: ['主导产业', 'leading industry'],
  HI_TECH_EMERGING: ['新兴产业', 'emerging industry'],
  HI_TECH_FUTURE: ['未来产业', 'future industry'],
  DISTRICT_FOCUS: ['区县重点产业', 'district focus industry'],
};

const STATUS_ORDER = ['PLANNED', 'SIGNED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'unknown'];
const LISTS = [
  { key: 'signed', stated: 'statedSigned', zh: '签约', en: 'signed', color: '#90caf9' },
  { key: 'started', stated: 'statedStarted', zh: '开工', en: 'started', color: '#1e88e5' },
  {
    key: 'inProduction',
    stated: 'statedInProduction',
    zh: '投产',
    en: 'in production',
    color: '#2e7d32',
  },
] as const;

let charts: echarts.ECharts[] = [];

const money = (g: Group) =>
  g.investmentKnownCount
    ? `${yi(g.totalInvestmentYi)} <small>(${t(`${g.investmentKnownCount} 个已知`, `${g.investmentKnownCount} known`)})</small>`
    : `<span class="none">${t('未知', 'unknown')}</span>`;

function pipelineRows(answer: DashboardAnswer) {
  // One row per period: a region's sub-districts are summed; a stated count is summed where known.
  type Row = Record<(typeof LISTS)[number]['key'], number> &
    Record<(typeof LISTS)[number]['stated'], number | null> & { date: string | null };
  const by = new Map<number, Row>();
  for (const r of answer.pipeline) {
    if (r.period === null) continue;
    const row: Row = by.get(r.period) ?? {
      date: r.date,
      signed: 0,
      started: 0,
      inProduction: 0,
      statedSigned: null,
      statedStarted: null,
      statedInProduction: null,
    };
    for (const l of LISTS) {
      row[l.key] += r[l.key];
      const stated = r[l.stated];
      if (stated !== null) row[l.stated] = (row[l.stated] ?? 0) + stated;
    }
    row.date ??= r.date;
    by.set(r.period, row);
  }
  return [...by.entries()].sort(([a], [b]) => a - b);
}

export async function renderDashboard(
  root: HTMLElement,
  where: { place: string; name: string; park: boolean },
  openChain: (chain: string) => void,
): Promise<void> {
  for (const c of charts) c.dispose();
  charts = [];
  root.innerHTML = `<p class="status">${t('加载中…', 'Loading…')}</p>`;
  let d: DashboardAnswer;
  try {
    d = await graphql<DashboardAnswer>(dashboardQuery(where.park), {
      place: where.place,
      name: where.name,
    });
  } catch (err) {
    root.innerHTML = `<p class="status">${t('出错', 'Error')}: ${escape((err as Error).message)}</p>`;
    return;
  }
  const place = d.park ?? d.district;
  const within = d.park ? d.park.district?.name : d.district?.parent?.name;
  const total = d.byStatus.reduce((n, g) => n + g.projectCount, 0);
  const known = d.byStatus.reduce((n, g) => n + g.investmentKnownCount, 0);
  const invested = d.byStatus.reduce((n, g) => n + (g.totalInvestmentYi ?? 0), 0);
  const withData = (d.regionChains ?? []).filter((c) => c.dataCoverage.hasChainData);
  const withoutData = (d.regionChains ?? []).filter((c) => !c.dataCoverage.hasChainData);
  const periods = pipelineRows(d);
  const investment = known
    ? t(
        `，其中 ${known} 个有已知总投资，合计 ${yi(Math.round(invested * 100) / 100)}`,
        `; ${known} with a known total investment, together ${yi(Math.round(invested * 100) / 100)}`,
      )
    : t('，均无已知总投资', '; none with a known total investment');
  root.innerHTML = `
<h2>${escape(place?.name ?? where.name)} <small>${within ? escape(within) : ''} · ${d.park ? t('园区', 'park') : t('区域看板', 'region dashboard')}</small></h2>
<p class="summary">${t(`图谱中项目 ${total} 个`, `${total} projects in the graph`)}${investment}${
    d.regionChains
      ? t(
          `；${d.regionChains.length} 条产业链中 ${withData.length} 条在此有数据。`,
          `; ${withData.length} of ${d.regionChains.length} chains have data here.`,
        )
      : t('。', '.')
  }</p>
<div class="cards">
  <section><h3>${t('项目状态', 'Projects by status')}</h3><div class="chart" id="d-status"></div></section>
  <section><h3>${t('“三个一批”推进（按期次）', 'The 三个一批 pipeline per period')}</h3>${
    periods.length
      ? `<div class="chart" id="d-pipeline"></div>
  <table class="pipeline"><thead><tr><th>${t('期次', 'Period')}</th>${LISTS.map((l) => `<th>${t(l.zh, l.en)}</th>`).join('')}</tr></thead><tbody>${periods
    .map(
      ([p, r]) =>
        `<tr><th scope="row">${t(`第${p}期`, `第${p}期`)}${r.date ? ` <small>${r.date}</small>` : ''}</th>${LISTS.map((l) => `<td>${r[l.key]}${r[l.stated] === null ? '' : ` <small title="${t('来源所述数量', 'count a source states')}">/ ${t('所述', 'stated')} ${r[l.stated]}</small>`}</td>`).join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody><caption>${t('格内：图谱中入选的项目数 / 来源所述数量（图谱少于所述时，缺的是未收录的项目）', 'Cell: projects the graph has on the list / the count a source states (fewer in the graph means projects not yet recorded)')}</caption></table>`
      : `<p class="none">${t('图谱中没有此处的“三个一批”入选项目。', 'The graph has no 三个一批 listing here.')}</p>`
  }</section>
  ${
    d.regionChains
      ? `<section class="wide"><h3>${t('各产业链完整度（点击看图谱）', 'Completeness per chain (click for the map)')}</h3>${
          withData.length
            ? `<div class="chart tall" id="d-chains" style="height:${Math.max(160, withData.length * 34 + 60)}px"></div>`
            : ''
        }<p class="nodata">${t('无数据（图谱不知此处是否有，不等于缺失）', 'No data (the graph does not know; not the same as missing)')}${t('：', ': ')}${withoutData.map((c) => `<a href="#" data-chain="${escape(c.chain.name)}">${escape(label(c.chain))}</a>`).join(t('、', ', ')) || t('无', 'none')}</p></section>`
      : ''
  }
  <section><h3>${t('项目按产业链', 'Projects by chain')}</h3><table class="groups"><thead><tr><th>${t('产业链', 'Chain')}</th><th>${t('项目', 'Projects')}</th><th>${t('已知总投资', 'Known total investment')}</th></tr></thead><tbody>${d.byChain
    .map(
      (g) =>
        `<tr><th scope="row">${g.key === 'unknown' ? `<span class="none">${t('未标注产业链', 'no chain recorded')}</span>` : escape(g.name ?? g.key)}</th><td>${g.projectCount}</td><td>${money(g)}</td></tr>`,
    )
    .join('')}</tbody></table></section>
  <section><h3>${t('产业集群', 'Clusters')}</h3>${clustersHtml(d)}</section>
</div>`;
  document.body.dataset.dashboard = place?.id ?? where.place;

  const statusEl = root.querySelector<HTMLElement>('#d-status')!;
  // The charts' numbers as data, for readers of the page source and for tests.
  statusEl.dataset.counts = JSON.stringify(
    Object.fromEntries(d.byStatus.map((g) => [g.key, g.projectCount])),
  );
  const statusChart = echarts.init(statusEl);
  charts.push(statusChart);
  const statuses = STATUS_ORDER.map((s) => d.byStatus.find((g) => g.key === s)).filter(
    (g): g is Group => g !== undefined,
  );
  statusChart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    tooltip: {
      formatter: (p: { dataIndex: number }) => {
        const g = statuses[p.dataIndex]!;
        return `${statusLabel(g.key)}: ${g.projectCount}<br>${t('已知总投资', 'known total investment')} ${money(g)}`;
      },
    },
    xAxis: { type: 'category', data: statuses.map((g) => statusLabel(g.key)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: statuses.map((g) => ({
          value: g.projectCount,
          itemStyle: { color: g.key === 'unknown' ? '#bdbdbd' : '#1e88e5' },
        })),
        label: { show: true, position: 'top' },
      },
    ],
  });

  if (periods.length) {
    const pipeline = echarts.init(root.querySelector<HTMLElement>('#d-pipeline')!);
    charts.push(pipeline);
    pipeline.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: periods.map(([p]) => t(`第${p}期`, `P${p}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: LISTS.map((l) => ({
        type: 'bar',
        name: t(l.zh, l.en),
        itemStyle: { color: l.color },
        data: periods.map(([, r]) => r[l.key]),
      })),
    });
  }

  const chainsEl = root.querySelector<HTMLElement>('#d-chains');
  if (chainsEl) {
    const sorted = [...withData].sort(
      (a, b) => (a.completeness.weighted ?? -1) - (b.completeness.weighted ?? -1),
    );
    chainsEl.dataset.weighted = JSON.stringify(
      Object.fromEntries(withData.map((c) => [c.chain.name, c.completeness.weighted])),
    );
    const bars = echarts.init(chainsEl);
    charts.push(bars);
    bars.setOption({
      animation: false,
      grid: { left: 170, right: 48, top: 8, bottom: 24 },
      tooltip: {
        formatter: (p: { dataIndex: number }) => {
          const c = sorted[p.dataIndex]!;
          const k = c.completeness;
          return [
            `<b>${escape(label(c.chain))}</b>`,
            `${t('加权完整度', 'weighted completeness')} ${k.weighted == null ? '–' : `${Math.round(k.weighted * 100)}%`}`,
            (['present', 'weak', 'pipelineOnly', 'missing', 'unknown'] as const)
              .map((key, i) => {
                const cls = Object.values(CLASSES)[i]!;
                return `${t(cls.zh, cls.en)} ${k[key]}`;
              })
              .join(' · '),
            t(
              `本地企业 ${c.dataCoverage.chainFirms} · 项目 ${c.dataCoverage.chainProjects}`,
              `local firms ${c.dataCoverage.chainFirms} · projects ${c.dataCoverage.chainProjects}`,
            ),
          ].join('<br>');
        },
      },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: sorted.map((c) => label(c.chain)) },
      series: [
        {
          type: 'bar',
          data: sorted.map((c) => Math.round((c.completeness.weighted ?? 0) * 100)),
          itemStyle: { color: '#2e7d32' },
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    });
    bars.on('click', (p) => openChain(sorted[p.dataIndex]!.chain.name));
  }
  if (!performance.getEntriesByName('region-dashboard-drawn').length)
    performance.mark('region-dashboard-drawn');
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-chain]'))
    a.addEventListener('click', (e) => {
      e.preventDefault();
      openChain(a.dataset.chain!);
    });
}

function clustersHtml(d: DashboardAnswer): string {
  const projects = new Map(d.byCluster.map((g) => [g.key, g]));
  const own = d.clusters ?? [];
  const ownIds = new Set(own.map((c) => c.id));
  const row = (name: string, kind: string | null, chains: string, g: Group | undefined) =>
    `<tr><th scope="row">${escape(name)}</th><td>${kind ? escape(t(...(KIND[kind] ?? [kind, kind]))) : ''}</td><td>${chains}</td><td>${g?.projectCount ?? 0}</td></tr>`;
  const rows = [
    ...own.map((c) =>
      row(
        c.name,
        c.kind,
        c.chains.map((x) => escape(label(x))).join(t('、', ', ')),
        projects.get(c.id),
      ),
    ),
    // Clusters defined for a wider region (e.g. the city's 千亿级 clusters) with projects here.
    ...d.byCluster
      .filter((g) => g.key !== 'unknown' && !ownIds.has(g.key))
      .map((g) =>
        row(
          g.name ?? g.key,
          null,
          `<small>${t('上级区域的集群', 'a wider region’s cluster')}</small>`,
          g,
        ),
      ),
  ];
  if (!rows.length) return `<p class="none">${t('无', 'none')}</p>`;
  return `<table class="groups"><thead><tr><th>${t('集群', 'Cluster')}</th><th>${t('类型', 'Kind')}</th><th>${t('产业链', 'Chains')}</th><th>${t('本地项目', 'Projects here')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export const resizeDashboard = (): void => {
  for (const c of charts) c.resize();
};
