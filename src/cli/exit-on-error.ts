import { DatasetError } from '../dataset/dataset-error.js';

/**
 * How the dataset commands (import, generate, bulk-load) end on an error: exit code 1 with the
 * problem list for an invalid dataset (nothing written), 2 for anything else.
 */
export function exitOnError(err: unknown): never {
  if (err instanceof DatasetError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
