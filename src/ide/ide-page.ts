import type { IdeManifest, WorkerLabel } from './bundle-ide.js';
import type { IdeExample } from './examples.js';

export const ideTitle = 'ChainAtlas 链图 — GraphQL';

/** Only same-origin code, workers, fonts and requests: the page cannot reach a CDN. */
export const ideContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Monaco sets inline styles on its DOM
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export interface IdePageOptions {
  manifest: IdeManifest;
  assetsPath: string;
  endpoint: string;
  examples: IdeExample[];
}

const defaultQuery = `# 在此输入 GraphQL 查询，Ctrl-Enter 运行 / Type a GraphQL query here, Ctrl-Enter runs it
{
  databaseInfo { version }
}
`;

/** Two chain links, inline so that the browser asks no one for /favicon.ico. */
export const favicon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><g fill="none" stroke="#d64292" stroke-width="4">' +
    '<rect x="2" y="9" width="18" height="14" rx="7"/><rect x="12" y="9" width="18" height="14" rx="7"/></g></svg>',
)}`;

/** JSON inside <script> must not be able to close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function htmlPage(head: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ideTitle}</title>
<link rel="icon" href="${favicon}">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The IDE: the bundle's stylesheet and script, and its settings as JSON for main.tsx. */
export function renderIdePage(opts: IdePageOptions): string {
  const asset = (file: string) => `${opts.assetsPath}/${file}`;
  const workers = Object.fromEntries(
    Object.entries(opts.manifest.workers).map(([label, file]) => [label, asset(file)]),
  ) as Record<WorkerLabel, string>;
  const config = {
    endpoint: opts.endpoint,
    workers,
    defaultQuery,
    examples: opts.examples.map((e) => ({
      title: e.title,
      query: e.query,
      variables: e.variables ? JSON.stringify(e.variables, null, 2) : null,
    })),
  };
  return htmlPage(
    `<link rel="stylesheet" href="${asset(opts.manifest.style)}">
<script type="module" src="${asset(opts.manifest.script)}"></script>`,
    `<div id="root"><p style="font-family: sans-serif; padding: 1em">正在加载 GraphQL IDE… / Loading the GraphQL IDE…</p></div>
<noscript>GraphQL IDE 需要 JavaScript / The GraphQL IDE needs JavaScript.</noscript>
<script id="chainatlas-ide-config" type="application/json">${scriptJson(config)}</script>`,
  );
}

/** Shown instead of the IDE when introspection is off: the IDE cannot work without it. */
export function renderDisabledPage(endpoint: string): string {
  return htmlPage(
    '',
    `<main style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.6">
<h1>GraphQL IDE 已停用 / The GraphQL IDE is disabled</h1>
<p>本服务关闭了 GraphQL 内省（<code>INTROSPECTION=false</code>），IDE 无法使用。API 仍可通过 <code>${endpoint}</code> 访问。</p>
<p>This server has GraphQL introspection turned off (<code>INTROSPECTION=false</code>), which the IDE needs.
The API still answers at <code>${endpoint}</code>.</p>
</main>`,
  );
}

/** Shown when the bundle could not be built (e.g. a read-only install folder); the log says why. */
export function renderUnavailablePage(): string {
  return htmlPage(
    '',
    `<main style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.6">
<h1>GraphQL IDE 暂不可用 / The GraphQL IDE is unavailable</h1>
<p>IDE 资源构建失败，原因见服务日志，或运行 <code>npm run ide:build</code>。</p>
<p>Building the IDE's assets failed: see the server log, or run <code>npm run ide:build</code>.</p>
</main>`,
  );
}
