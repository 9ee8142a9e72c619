/** One example operation; variables are JSON text, as in GraphiQL's variables editor. */
export interface IdeExampleTab {
  title: string;
  query: string;
  variables: string | null;
}

/** Written by the server into the page (src/ide/ide-page.ts) as JSON. */
export interface IdeConfig {
  endpoint: string;
  /** Worker script URL per Monaco label: editor, json, graphql. */
  workers: Record<string, string>;
  /** Opened as the default tabs, and listed in the Examples pane. */
  examples: IdeExampleTab[];
  defaultQuery: string;
}

export function readIdeConfig(elementId: string): IdeConfig {
  const element = document.getElementById(elementId);
  if (!element?.textContent) throw new Error(`the page has no #${elementId}`);
  return JSON.parse(element.textContent) as IdeConfig;
}
