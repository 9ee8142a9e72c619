import { type BatchList, fromDb } from '../../graphql/enums.js';
import { knownMoney } from '../../core/round.js';
import { int } from '../../db/convert.js';
import type { Reader } from '../../graphql/reader.js';
import { projectFilterParams } from '../project/project.queries.js';
import type { ProjectFilter } from '../project/project.input.js';
import { orderTransitions, rate } from './pipeline.scoring.js';
import type { PipelineMovements, PipelineStage } from './pipeline.type.js';

/**
 * Data access of the 三个一批 pipeline (cypher/pipeline/*): listings per period and district, and
 * how projects moved between the lists, under the project filters.
 */

export async function pipelineStages(
  reader: Reader,
  filter: ProjectFilter | null | undefined,
): Promise<PipelineStage[]> {
  const rows = await reader.rows('pipeline/pipeline', await projectFilterParams(reader, filter));
  return rows.map((r) => {
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
