/** Gap classes: colour, Chinese and English. No data (UNKNOWN) is grey and dashed, never red. */
export const CLASSES = {
  PRESENT: { color: '#2e7d32', zh: '具备', en: 'present' },
  WEAK: { color: '#f9a825', zh: '薄弱', en: 'weak' },
  PIPELINE_ONLY: { color: '#1e88e5', zh: '仅有项目', en: 'pipeline only' },
  MISSING: { color: '#c62828', zh: '缺失', en: 'missing' },
  UNKNOWN: { color: '#bdbdbd', zh: '无数据', en: 'no data' },
} as const;

/** Text for innerHTML: the five characters HTML gives meaning to, as character references. */
export const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
