import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors/app-error.js';
import { sendError } from './http-errors.js';

/** Persisted-document id of an operation's text: `sha256:<hex>` of its exact bytes. */
export const documentId = (text: string): string =>
  `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** Operations allowed besides the reports: `documents/*.graphql`, one operation each. */
export const DOCUMENTS_DIR = fileURLToPath(new URL('../../documents/', import.meta.url));

export interface TrustedDocument {
  id: string;
  /** File base name (`reports/chain-gaps`, `documents/database-info`). */
  name: string;
  body: string;
}

/** The committed documents under `documents/`, sorted by name. */
export function committedDocuments(dir = DOCUMENTS_DIR): TrustedDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const body = readFileSync(path.join(dir, f), 'utf8');
      return { id: documentId(body), name: `documents/${f.slice(0, -'.graphql'.length)}`, body };
    });
}

/**
 * Persisted documents on `/graphql`. A request may name an operation by id instead of sending
 * its text: `documentId` (GraphQL-over-HTTP persisted documents; `sha256:<hex>` or the bare hex)
 * in the body or the query string, or Apollo's `extensions.persistedQuery.sha256Hash`. In trusted
 * mode nothing else runs: text is accepted only when it is exactly one of the documents.
 */
export function persistedDocuments(
  documents: TrustedDocument[],
  trustedOnly: boolean,
): RequestHandler {
  const byHash = new Map(documents.map((d) => [d.id.slice('sha256:'.length), d]));
  return (req, res, next) => {
    const url = new URL(req.url, 'http://x');
    const fromBody = req.method === 'POST' && req.body && typeof req.body === 'object';
    const body = (fromBody ? req.body : {}) as Record<string, unknown>;
    const get = (name: string): unknown => (fromBody ? body[name] : url.searchParams.get(name));
    let extensions = get('extensions');
    if (typeof extensions === 'string') {
      try {
        extensions = JSON.parse(extensions) as unknown;
      } catch {
        extensions = undefined; // Apollo answers malformed extensions itself
      }
    }
    const apq = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
      ?.persistedQuery?.sha256Hash;
    const documentIdGiven = get('documentId');
    const text = get('query');
    // Apollo keeps its own automatic persisted queries: an unknown hash goes on to it, unless
    // only trusted documents may run.
    const named =
      typeof documentIdGiven === 'string' && documentIdGiven !== ''
        ? documentIdGiven
        : typeof apq === 'string' && byHash.has(apq.toLowerCase())
          ? apq
          : undefined;

    if (named !== undefined) {
      const doc = byHash.get(named.replace(/^sha256:/, '').toLowerCase());
      if (!doc) {
        sendError(
          res,
          ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND,
          `No persisted document has the id ${named.slice(0, 80)} / 未找到该持久化文档`,
          { argument: 'documentId' },
        );
        return;
      }
      if (fromBody) {
        body.query = doc.body;
        delete body.documentId;
      } else {
        url.searchParams.set('query', doc.body);
        url.searchParams.delete('documentId');
        req.url = `${url.pathname}${url.search}`;
      }
      return next();
    }
    if (trustedOnly && typeof apq === 'string' && typeof text !== 'string') {
      sendError(
        res,
        ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND,
        `No trusted document has the hash ${apq.slice(0, 80)} / 未找到该受信任文档`,
        { argument: 'extensions.persistedQuery' },
      );
      return;
    }
    if (trustedOnly && typeof text === 'string' && !byHash.has(documentId(text).slice(7))) {
      sendError(
        res,
        ErrorCode.DOCUMENT_NOT_TRUSTED,
        'This server runs only its trusted documents (the reports and documents/*.graphql); send a documentId / 本服务只执行受信任的文档，请发送 documentId',
      );
      return;
    }
    next();
  };
}
