/**
 * Every node of the graph carries `uid = "<Label>:<id>"` (unique across labels, indexed on
 * :Entity), so one batched statement can fetch nodes of any label. Built here and nowhere else.
 */
export function uid(label: string, id: string): string {
  return `${label}:${id}`;
}
