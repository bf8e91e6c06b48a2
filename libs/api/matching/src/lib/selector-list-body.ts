import { limitText } from '@taskforce/api-core';
import type { IncomingMessage } from 'node:http';

/** A refusal of an uploaded list before it is read as CSV: the HTTP status and the JSON body `{ code, message, fields? }`. */
export interface ListBodyRefusal {
  status: number;
  body: { code: string; message: string; fields?: Array<{ field: string; message: string }> };
}

/** The uploaded list's text, or why it was refused. */
export type ListBody = { text: string } | { refusal: ListBodyRefusal };

/**
 * 415 unless `contentType` is `text/csv`, with no charset or `charset=utf-8` (RFC 4180 registers text/csv; the list is
 * read as UTF-8 whatever the client says, so another charset would be misread). Null when it is acceptable.
 */
export function csvContentTypeRefusal(contentType: string | undefined): ListBodyRefusal | null {
  const [type, ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '');
  if (type === 'text/csv' && (charset === undefined || charset === 'utf-8')) return null;
  return {
    status: 415,
    body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the list as the request body with Content-Type: text/csv (UTF-8)' },
  };
}

/** 413 for a body over `maxBytes`, naming the limit. */
export function oversizeListRefusal(maxBytes: number): ListBodyRefusal {
  return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: `The CSV file is larger than the ${limitText(maxBytes)} (${maxBytes} bytes) a list may have` } };
}

/**
 * Reads the body of `req` as UTF-8 text of at most `maxBytes` bytes (a BOM is left for the CSV reader). A declared
 * Content-Length over the limit is refused before any byte is read; a body without one (chunked) is refused once it
 * passes the limit. In both cases the rest is read and dropped, kept nowhere, so that the client gets the 413 rather
 * than a reset connection.
 * @returns the text; or a refusal: 413 over the limit (oversizeListRefusal), 400 BAD_USER_INPUT on `csv` when the bytes
 *   are not UTF-8; null when the client went away before the end.
 */
export function readListBody(req: IncomingMessage, maxBytes: number): Promise<ListBody | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve({ refusal: oversizeListRefusal(maxBytes) });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.once('end', () => {
      if (over) return resolve({ refusal: oversizeListRefusal(maxBytes) });
      try {
        resolve({ text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks, size)) });
      } catch {
        const problem = { field: 'csv', message: 'The CSV file is not UTF-8 text' };
        resolve({ refusal: { status: 400, body: { code: 'BAD_USER_INPUT', message: `Invalid input — csv: ${problem.message}`, fields: [problem] } } });
      }
    });
    req.once('error', () => resolve(null));
    req.once('close', () => {
      if (!req.complete) resolve(null);
    });
  });
}
