import { existsSync } from 'node:fs';
import type { Config } from '../config/config.js';
import type { StartupHook } from '../runtime.js';
import { uid } from '../core/uid.js';
import { LABEL, type NodeKind } from './graph-model.js';
import { importLoaded } from './import-dataset.js';
import { readDataset, type LoadedDataset } from './read-dataset.js';

/**
 * The start-up seed: imports SEED_DATA (idempotent, so every start converges on the files), except
 * the records editors changed through the API, which keep their edits (see README › Editing).
 */
export function seedHook(config: Config): StartupHook {
  return async (db, log) => {
    if (!config.seed.onStart) return;
    if (!existsSync(config.seed.path)) {
      log.warn({ path: config.seed.path }, 'seed data not found; starting with the graph as it is');
      return;
    }
    // Records an editor changed (or deleted) keep the edit: the seed files do not overwrite them.
    const edited = new Set((await db.read('edits/edited-uids', {})).map((r) => String(r.uid)));
    const ds = withoutEdited(readDataset(config.seed.path), edited);
    const { summary } = await importLoaded(db, ds.dataset);
    log.info(
      {
        keptAsEdited: ds.kept,
        read: summary.read,
        created: summary.created,
        updated: summary.updated,
        durationMs: summary.durationMs,
      },
      'seed data imported',
    );
  };
}

/** The dataset without the records whose uid is in `edited`, and how many were left out. */
export function withoutEdited(
  ds: LoadedDataset,
  edited: Set<string>,
): { dataset: LoadedDataset; kept: number } {
  if (!edited.size) return { dataset: ds, kept: 0 };
  let kept = 0;
  const bundle = { ...ds.bundle };
  const origin = { ...ds.origin };
  for (const kind of Object.keys(LABEL) as NodeKind[]) {
    const records = ds.bundle[kind] as { id: string }[];
    const keep = records.map((r) => !edited.has(uid(LABEL[kind], r.id)));
    kept += keep.filter((k) => !k).length;
    (bundle[kind] as unknown[]) = records.filter((_, i) => keep[i]);
    (origin[kind] as unknown[]) = ds.origin[kind].filter((_, i) => keep[i]);
  }
  return { dataset: { ...ds, bundle, origin }, kept };
}
