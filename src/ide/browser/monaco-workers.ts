/**
 * Tells Monaco where its workers are: the same-origin scripts built beside the bundle, never a
 * CDN. Must run before the first editor mounts.
 */
export function setupMonacoWorkers(workers: Record<string, string>): void {
  const fallback = workers.editor;
  if (!fallback) throw new Error('no editor worker configured');
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) =>
      new Worker(workers[label] ?? fallback, { name: label }),
  };
}
