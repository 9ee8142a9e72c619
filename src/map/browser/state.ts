/** The view's state lives in the URL, so a link reproduces it. */
const KEYS = ['view', 'chain', 'region', 'period', 'segment', 'compare', 'lang'] as const;

export type State = Record<(typeof KEYS)[number], string>;

export function state(): State {
  const q = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.map((k) => [k, q.get(k) ?? ''])) as State;
}

/** Changes the URL's state in place (no new history entry); empty values are removed. */
export function setState(patch: Partial<State>): void {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(patch)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  history.replaceState(null, '', `${location.pathname}?${q}`);
}
