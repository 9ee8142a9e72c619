import { type BatchList, fromDb } from '../../graphql/enums.js';
import { knownMoney } from '../../core/round.js';
import { int } from '../../db/convert.js';
import type { Row } from '../../db/database.js';
import type { Reader } from '../../graphql/reader.js';
import { projectFilterParams } from '../project/project.queries.js';
import type { ProjectFilter } from '../project/project.input.js';
import { orderTransitions, rate } from './pipeline.scoring.js';
import type { PipelineMovements, PipelineStage } from './pipeline.type.js';

/**
 * Data access of the 三个一批 pipeline (cypher/pipeline/*): listings per period and district, and
 * how projects moved between the lists, under the project filters.
 */

/** Filter fields a source's stated period counts can honour (they are counts, not projects). */
const STATED_FILTERS = new Set(['region', 'period', 'includeRosters']);

export async function pipelineStages(
  reader: Reader,
  filter: ProjectFilter | null | undefined,
): Promise<PipelineStage[]> {
  const params = await projectFilterParams(reader, filter);
  const statedApplies = Object.entries(filter ?? {}).every(
    ([k, v]) => v === null || v === undefined || STATED_FILTERS.has(k),
  );
  const [rows, stated] = await Promise.all([
    reader.rows('pipeline/pipeline', params),
    statedApplies
      ? reader.rows('pipeline/stated-counts', { region: params.region, period: params.period })
      : Promise.resolve([]),
  ]);
  const stages = rows.map((r) => {
    const signed = Number(r.signed);
    const later = Number(r.signedLaterStarted);
    return {
      period: r.period === null ? null : Number(r.period),
      date: (r.date as string | null) ?? null,
      districtId: (r.districtId as string | null) ?? null,
      districtName: (r.districtName as string | null) ?? null,
      signed,
      started: Number(r.started),
      inProduction: Number(r.inProduction),
      statedSigned: r.statedSigned === null ? null : Number(r.statedSigned),
      statedStarted: r.statedStarted === null ? null : Number(r.statedStarted),
      statedInProduction: r.statedInProduction === null ? null : Number(r.statedInProduction),
      signedInvestmentYi: knownMoney(r.signedInvestmentYi),
      startedInvestmentYi: knownMoney(r.startedInvestmentYi),
      inProductionInvestmentYi: knownMoney(r.inProductionInvestmentYi),
      investmentKnownCount: Number(r.investmentKnownCount),
      signedLaterStarted: later,
      reachedProduction: Number(r.reachedProduction),
      signedToStartedRate: rate(later, signed),
    };
  });
  const extra = statedOnly(stated, stages);
  if (!extra.length) return stages;
  // Same order as the statement: by period, then district name by code point (as Cypher sorts).
  const name = (s: PipelineStage) => s.districtName ?? '\uffff'; // nulls last, as in Cypher
  return [...stages, ...extra].sort(
    (a, b) =>
      (a.period ?? 0) - (b.period ?? 0) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
}

/**
 * Rows for the periods and districts a source gives counts for but the graph names no listing of:
 * listed counts 0 (none named), stated counts as stated, money unknown.
 */
function statedOnly(stated: Row[], stages: PipelineStage[]): PipelineStage[] {
  const seen = new Set(stages.map((s) => `${s.period}|${s.districtId}`));
  const rows = new Map<string, PipelineStage>();
  for (const f of stated) {
    const key = `${f.period}|${f.districtId ?? null}`;
    if (seen.has(key)) continue;
    let row = rows.get(key);
    if (!row) {
      row = {
        period: f.period === null ? null : Number(f.period),
        date: (f.date as string | null) ?? null,
        districtId: (f.districtId as string | null) ?? null,
        districtName: (f.districtName as string | null) ?? null,
        signed: 0,
        started: 0,
        inProduction: 0,
        statedSigned: null,
        statedStarted: null,
        statedInProduction: null,
        signedInvestmentYi: null,
        startedInvestmentYi: null,
        inProductionInvestmentYi: null,
        investmentKnownCount: 0,
        signedLaterStarted: 0,
        reachedProduction: 0,
        signedToStartedRate: null,
      };
      rows.set(key, row);
    }
    const n = Number(f.n);
    if (f.list === 'signed') row.statedSigned = n;
    if (f.list === 'started') row.statedStarted = n;
    if (f.list === 'in_production') row.statedInProduction = n;
  }
  return [...rows.values()];
}

export async function pipelineMovements(
  reader: Reader,
  filter: ProjectFilter | null | undefined,
  limit: number,
): Promise<PipelineMovements> {
  const params = await projectFilterParams(reader, filter);
  const [moves, rows] = await Promise.all([
    reader.rows('pipeline/transitions', params),
    reader.rows('pipeline/movements', { ...params, limit: int(limit) }),
  ]);
  return {
    transitions: orderTransitions(
      moves.map((m) => ({
        from: String(m.from),
        to: String(m.to),
        projects: Number(m.projects),
        meanPeriods: m.meanPeriods === null ? null : Number(m.meanPeriods),
        rosterBounded: Number(m.rosterBounded),
      })),
    ).map((t) => ({ ...t, from: fromDb(t.from) as BatchList, to: fromDb(t.to) as BatchList })),
    projects: rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      steps: (
        r.steps as { period: number | null; list: string; date: string | null; roster: boolean }[]
      ).map((s) => ({
        period: s.period,
        list: fromDb(s.list) as BatchList,
        date: s.date ?? null,
        roster: s.roster === true,
      })),
    })),
  };
}
