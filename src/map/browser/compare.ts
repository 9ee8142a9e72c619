import { CLASSES, className, escape } from './classes.js';
import { label, t } from './i18n.js';
import type { CompareAnswer } from './queries.js';

/**
 * Regions side by side: one row per segment of the chain, one column per region, each cell
 * coloured by the segment's class there; the last rows say what each region's answer rests on.
 */
export function renderCompare(answer: CompareAnswer): string {
  const reports = answer.chainGaps;
  const segments = reports[0]?.segments.filter((s) => s.inChain) ?? [];
  const head = reports.map((r) => `<th>${escape(r.region.name)}</th>`).join('');
  const rows = segments.map((seg) => {
    const cells = reports.map((r) => {
      const here = r.segments.find((s) => s.segment.id === seg.segment.id);
      if (!here) return '<td></td>';
      const c = CLASSES[here.gapClass];
      return `<td data-class="${here.gapClass}" style="background:${c.color}${here.gapClass === 'UNKNOWN' ? ';border:1px dashed #616161' : ''}" title="${escape(className(here.gapClass))}">${className(here.gapClass)}${here.firmCount ? ` · ${here.firmCount}` : ''}</td>`;
    });
    return `<tr><th scope="row">${escape(label(seg.segment))}</th>${cells.join('')}</tr>`;
  });
  const coverage = reports
    .map(
      (r) =>
        `<td>${r.coverage.hasChainData ? t(`企业 ${r.coverage.chainFirms} · 项目 ${r.coverage.chainProjects}`, `firms ${r.coverage.chainFirms} · projects ${r.coverage.chainProjects}`) : t('无该链数据', 'no data on this chain')}${r.coverage.comparable ? '' : ' ⚠'}</td>`,
    )
    .join('');
  const weighted = reports
    .map(
      (r) =>
        `<td>${r.completeness.weighted === null ? '–' : `${Math.round(r.completeness.weighted * 100)}%`}</td>`,
    )
    .join('');
  return `<table><caption>${t('区域对比（格内：类别 · 本地企业数；⚠ 数据覆盖不足，不宜直接比较）', 'Regions compared (cell: class · local firms; ⚠ coverage too thin to compare)')}</caption>
<thead><tr><th></th>${head}</tr></thead>
<tbody>${rows.join('')}</tbody>
<tfoot><tr><th scope="row">${t('数据覆盖', 'Coverage')}</th>${coverage}</tr><tr><th scope="row">${t('加权完整度', 'Weighted completeness')}</th>${weighted}</tr></tfoot>
</table>`;
}
