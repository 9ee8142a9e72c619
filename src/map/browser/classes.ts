import { t } from './i18n.js';
import type { GapClass } from './queries.js';

/** Gap classes: colour, Chinese and English. No data (UNKNOWN) is grey and dashed, never red. */
export const CLASSES = {
  PRESENT: { color: '#2e7d32', zh: '具备', en: 'present' },
  WEAK: { color: '#f9a825', zh: '薄弱', en: 'weak' },
  PIPELINE_ONLY: { color: '#1e88e5', zh: '仅有项目', en: 'pipeline only' },
  MISSING: { color: '#c62828', zh: '缺失', en: 'missing' },
  UNKNOWN: { color: '#bdbdbd', zh: '无数据', en: 'no data' },
} as const satisfies Record<GapClass, { color: string; zh: string; en: string }>;

export type { GapClass } from './queries.js';

/** The class in the page's language. */
export const className = (c: GapClass): string => t(CLASSES[c].zh, CLASSES[c].en);

/** Classes a 补链 candidate can fill: the segment is lacking or thin here, and that is known. */
export const TO_FILL: ReadonlySet<GapClass> = new Set(['MISSING', 'WEAK', 'PIPELINE_ONLY']);

/** Border of an extension point (延链点): a lacking segment next to one the region has. */
export const EXTENSION_COLOR = '#6a1b9a';

/** Text for innerHTML: the five characters HTML gives meaning to, as character references. */
export const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
