/** Aggregates per-project listing histories into list-to-list transitions (pure, unit-tested). */
export interface Step {
  period: number | null;
  list: string;
}

export interface Transition {
  from: string;
  to: string;
  projects: number;
  meanPeriods: number | null;
}

const RANK: Record<string, number> = { signed: 1, started: 2, in_production: 3 };

/**
 * Each consecutive pair of listings of a project is one transition (e.g. signed in period 5 →
 * started in period 7). A project counts once per distinct transition.
 */
export function transitions(histories: Step[][]): Transition[] {
  const acc = new Map<string, { from: string; to: string; ids: number; gaps: number[] }>();
  histories.forEach((steps) => {
    const sorted = [...steps].sort(
      (a, b) => (a.period ?? 0) - (b.period ?? 0) || (RANK[a.list] ?? 0) - (RANK[b.list] ?? 0),
    );
    const seen = new Set<string>();
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      const key = `${a.list}>${b.list}`;
      const t = acc.get(key) ?? { from: a.list, to: b.list, ids: 0, gaps: [] };
      if (!seen.has(key)) t.ids += 1;
      seen.add(key);
      if (a.period !== null && b.period !== null) t.gaps.push(b.period - a.period);
      acc.set(key, t);
    }
  });
  return [...acc.values()]
    .map((t) => ({
      from: t.from,
      to: t.to,
      projects: t.ids,
      meanPeriods: t.gaps.length
        ? Math.round((t.gaps.reduce((s, g) => s + g, 0) / t.gaps.length) * 100) / 100
        : null,
    }))
    .sort(
      (x, y) => (RANK[x.from] ?? 0) - (RANK[y.from] ?? 0) || (RANK[x.to] ?? 0) - (RANK[y.to] ?? 0),
    );
}
