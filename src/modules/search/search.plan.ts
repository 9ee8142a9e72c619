import { badInput } from '../../errors/app-error.js';

/** Lucene's special characters: the text is searched as a literal phrase. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const MAX_SEARCH_TEXT = 50;

export interface SearchPlan {
  /** The cleaned text. */
  text: string;
  /** 'fulltext' for two or more characters; 'contains' for one (bigrams cannot match a single character). */
  path: 'fulltext' | 'contains';
  /** The Lucene query for the full-text path: an escaped, quoted phrase. */
  query: string;
}

export function planSearch(raw: string): SearchPlan {
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!text) throw badInput('text', 'must contain at least one character');
  if ([...text].length > MAX_SEARCH_TEXT)
    throw badInput('text', `must be at most ${MAX_SEARCH_TEXT} characters`);
  const escaped = text.replace(SPECIAL, (c) => `\\${c}`);
  return { text, path: [...text].length === 1 ? 'contains' : 'fulltext', query: `"${escaped}"` };
}
