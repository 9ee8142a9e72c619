import type { GraphiQLProps } from 'graphiql';

/** Written by the server into the page (src/ide/ide-page.ts) as JSON. */
export interface IdeConfig {
  endpoint: string;
  /** Worker script URL per Monaco label: editor, json, graphql. */
  workers: Record<string, string>;
  defaultTabs: NonNullable<GraphiQLProps['defaultTabs']>;
  defaultQuery: string;
}

export function readIdeConfig(elementId: string): IdeConfig {
  const element = document.getElementById(elementId);
  if (!element?.textContent) throw new Error(`the page has no #${elementId}`);
  return JSON.parse(element.textContent) as IdeConfig;
}
