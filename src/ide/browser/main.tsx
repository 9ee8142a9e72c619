// The browser entry of the IDE: GraphiQL 5 with the Explorer plugin, everything served by the
// app itself (see src/ide/mount-ide.ts), so it works offline and where CDNs are out of reach.
import { explorerPlugin } from '@graphiql/plugin-explorer';
import '@graphiql/plugin-explorer/style.css';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examplesPlugin } from './examples-plugin.js';
import { createFetcher } from './fetcher.js';
import './ide.css';
import { readIdeConfig } from './ide-config.js';
import { setupMonacoWorkers } from './monaco-workers.js';

const config = readIdeConfig('chainatlas-ide-config');
setupMonacoWorkers(config.workers);

const fetcher = createFetcher(config.endpoint);
// Passing plugins replaces GraphiQL's default list, so the history is listed again.
const plugins = [examplesPlugin(config.examples), HISTORY_PLUGIN, explorerPlugin()];
const defaultTabs = config.examples.map(({ query, variables }) => ({ query, variables }));

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      defaultTabs={defaultTabs}
      defaultQuery={config.defaultQuery}
    >
      <GraphiQL.Logo>
        <span className="chainatlas-logo">ChainAtlas 链图</span>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
