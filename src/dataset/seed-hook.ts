import { existsSync } from 'node:fs';
import type { Config } from '../config/config.js';
import type { StartupHook } from '../runtime.js';
import { importDataset } from './import-dataset.js';

/** The start-up seed: imports SEED_DATA (idempotent, so every start converges on the files). */
export function seedHook(config: Config): StartupHook {
  return async (db, log) => {
    if (!config.seed.onStart) return;
    if (!existsSync(config.seed.path)) {
      log.warn({ path: config.seed.path }, 'seed data not found; starting with the graph as it is');
      return;
    }
    const summary = await importDataset(db, config.seed.path);
    log.info(
      {
        read: summary.read,
        created: summary.created,
        updated: summary.updated,
        durationMs: summary.durationMs,
      },
      'seed data imported',
    );
  };
}
