import { AppError, ErrorCode } from '../errors/app-error.js';

/** One thing wrong with the input, located as precisely as possible. */
export interface Problem {
  file: string;
  /** e.g. "projects[3] (p-sanquan-hangkonggang)" */
  record?: string;
  /** e.g. "batches.0.list" */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return [p.file, p.record, p.field].filter(Boolean).join(' › ') + `: ${p.message}`;
}

/** The dataset is invalid; nothing was written. Lists every problem found (up to a cap). */
export class DatasetError extends AppError {
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > 50 ? `\n  … and ${problems.length - 50} more` : '';
    super(
      ErrorCode.INVALID_DATASET,
      `Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n  ${shown.join('\n  ')}${more}`,
      {
        problems: problems.slice(0, 200),
      },
    );
    this.name = 'DatasetError';
  }
}
