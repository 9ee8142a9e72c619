import type { EventRec, FigureRec, ProjectRec } from '../dataset/records.js';
import type { Firm } from './generate-enterprises.js';
import { eventId } from './generate-events.js';
import { pad, type Place, type Regions } from './generate-regions.js';
import { money } from './money.js';
import { NameBook } from './names.js';
import { Random, WeightedPicker } from './random.js';
import { PERIODS, type GenerateSettings } from './settings.js';
import type { ChainIndex } from './taxonomy.js';

type List = 'signed' | 'started' | 'in_production';
type Status = NonNullable<ProjectRec['status']>;
const LIST_STATUS: Record<List, Status> = {
  signed: 'signed',
  started: 'under_construction',
  in_production: 'in_production',
};
const UNLISTED_STATUS: Status[] = ['planned', 'signed', 'under_construction', 'in_production'];
const NAME_VARIANTS = [
  '项目',
  '建设项目',
  '产业化项目',
  '扩建项目',
  '二期项目',
  '生产基地项目',
  '智能制造基地项目',
  '研发中心项目',
];

/**
 * Projects: undertaken by one firm (larger firms more often) and sometimes a partner, located
 * where the firm is or elsewhere, targeting the firm's segments, with investment (and sometimes
 * expected output) figures and a 三个一批 path that only moves forward: signed in one period,
 * started some periods later, in production later still, or stalled on the way.
 */
export function generateProjects(
  s: GenerateSettings,
  ix: ChainIndex,
  regions: Regions,
  firms: Firm[],
  events: EventRec[],
): { projects: ProjectRec[]; figures: FigureRec[] } {
  const projects: ProjectRec[] = [];
  const figures: FigureRec[] = [];
  for (const x of projectStream(s, ix, regions, firms, events)) {
    projects.push(x.project);
    figures.push(...x.figures);
  }
  return { projects, figures };
}

/**
 * The projects one at a time, each with its figures, in the order generateProjects lists them:
 * the streaming form, so a million-firm graph never holds every project record at once.
 */
export function* projectStream(
  s: GenerateSettings,
  ix: ChainIndex,
  regions: Regions,
  firms: Firm[],
  events: EventRec[],
): Generator<{ project: ProjectRec; figures: FigureRec[] }> {
  const rng = new Random(s.seed, 'projects');
  const ref = s.reference;
  const names = new NameBook();
  const width = Math.max(6, String(s.projects).length);
  const statusPicker = new WeightedPicker([2, 3, 3, 2]);
  if (!firms.length) return;
  const anyFirm = () => firms[rng.int(0, firms.length - 1)] as Firm;

  for (let i = 0; i < s.projects; i++) {
    const id = `gen-p-${pad(i + 1, width)}`;
    const a = anyFirm();
    const b = anyFirm();
    const lead = a.revenue >= b.revenue ? a : b;
    const partner = rng.chance(0.15) ? anyFirm() : null;
    const segments = [lead.segments[0] as string];
    if (lead.segments.length > 1 && rng.chance(0.3))
      segments.push(rng.pick(lead.segments.slice(1)));

    let park: number | null;
    let place: number;
    if (rng.chance(0.6)) [park, place] = [lead.park, lead.place];
    else if (rng.chance(0.5)) {
      park = regions.parkPicker.pick(rng);
      place = regions.parkPlace[park] as number;
    } else [park, place] = [null, regions.placePicker.pick(rng)];

    const segName = ix.segmentName.get(segments[0] as string) ?? '';
    const name = names.take(
      () => lead.alias + segName + rng.pick(NAME_VARIANTS),
      (n) => `${lead.alias}${segName}第${n}期项目`,
      4,
    );

    const batches = rng.chance(0.75) ? pipeline(rng) : [];
    const last = batches[batches.length - 1];
    let status: Status | null = null;
    let statusAsOf: string | null = null;
    if (last && rng.chance(0.85)) {
      status = LIST_STATUS[last.list];
      statusAsOf = (events[last.period - 1]?.date ?? '').slice(0, 7) || null;
    } else if (!last && rng.chance(0.6)) {
      status = UNLISTED_STATUS[statusPicker.pick(rng)] as Status;
      const months = 2021 * 12 + 6 + rng.int(0, 35);
      statusAsOf = `${Math.floor(months / 12)}-${pad((months % 12) + 1, 2)}`;
    }

    const invest = Math.min(
      3000,
      Math.max(0.05, rng.lognormal(2 * Math.pow(lead.revenue / 0.5, 0.35), 1)),
    );
    const land = rng.chance(0.5) ? Math.max(5, Math.round(invest * (5 + 10 * rng.next()))) : null;
    const floor =
      land && rng.chance(0.6) ? Math.round((land * 666.7 * (0.8 + rng.next())) / 100) * 100 : null;

    const project: ProjectRec = {
      id,
      name,
      enterprises: [
        { enterprise: lead.id, role: 'investor' },
        ...(partner && partner !== lead ? [{ enterprise: partner.id, role: 'partner' }] : []),
      ],
      district: (regions.places[place] as Place).id,
      park: park === null ? null : (regions.parks[park]?.id ?? null),
      ...(status ? { status, statusAsOf } : {}),
      ...(land ? { landAreaMu: land } : {}),
      ...(floor ? { floorAreaSqm: floor } : {}),
      ...(batches.length
        ? {
            batches: batches.map((x) => ({
              event: eventId(x.period),
              list: x.list,
              reference: ref,
            })),
          }
        : {}),
      segments: segments.map((segment) => ({
        segment,
        basis: 'synthetic: the investor’s segment',
        reference: ref,
      })),
      reference: ref,
    };

    const figures: FigureRec[] = [];
    const subject = { kind: 'project' as const, id };
    const short = id.slice('gen-'.length);
    if (rng.chance(0.9)) {
      const roll = rng.next();
      figures.push({
        id: `gen-f-inv-${short}`,
        subject,
        kind: 'total_investment',
        ...money(invest),
        qualifier: roll < 0.8 ? 'exact' : roll < 0.9 ? 'over' : 'about',
        reference: ref,
      });
    }
    if (rng.chance(0.4))
      figures.push({
        id: `gen-f-out-${short}`,
        subject,
        kind: 'output_value',
        ...money(invest * (1.2 + 1.8 * rng.next())),
        qualifier: 'about',
        note: 'expected at full production',
        reference: ref,
      });
    yield { project, figures };
  }
}

/** A forward-only 三个一批 path: entry list and period, then later lists in later periods. */
function pipeline(rng: Random): { period: number; list: List }[] {
  let period = rng.int(1, PERIODS);
  let list: List = rng.chance(0.8) ? 'signed' : 'started';
  const out: { period: number; list: List }[] = [{ period, list }];
  if (list === 'signed' && rng.chance(0.7)) {
    period += rng.int(1, 3);
    if (period > PERIODS) return out;
    list = 'started';
    out.push({ period, list });
  }
  if (list === 'started' && rng.chance(0.65)) {
    period += rng.int(2, 5);
    if (period <= PERIODS) out.push({ period, list: 'in_production' });
  }
  return out;
}
