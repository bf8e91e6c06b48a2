import type { FileAttachmentKind } from '../graphql/generated/graphql';
import { Upload } from 'tus-js-client';
import { sessionHeaders } from '../session/session-headers';
import { fetchWithSession, fileNameOf, saveBlob } from './session-fetch';

/** What a new evidence file is attached to and marked with (the tus `Upload-Metadata` of POST /files). */
export interface FileUploadTarget {
  attachedKind: `${FileAttachmentKind}`;
  attachedId: string;
  tlp: string;
  handlingCode?: string | null;
}

/**
 * Uploads `file` with the tus protocol (tus-js-client, 5 MiB chunks, resumed after a dropped connection from the offset
 * the server holds), with the session cookie and CSRF header. Resolves with the file's id and the SHA-256 the server
 * computed while the bytes arrived (lowercase hex); `onProgress` gets bytes sent and total.
 * @throws Error with the server's message when it refuses the upload.
 */
export function uploadEvidenceFile(file: File, target: FileUploadTarget, onProgress?: (sent: number, total: number) => void): Promise<{ id: string; sha256: string }> {
  return new Promise((resolve, reject) => {
    let sha256 = '';
    const upload = new Upload(file, {
      endpoint: '/files',
      chunkSize: 5 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000],
      metadata: { filename: file.name, attachedKind: target.attachedKind, attachedId: target.attachedId, tlp: target.tlp, ...(target.handlingCode ? { handlingCode: target.handlingCode } : {}) },
      onBeforeRequest: (req) => {
        for (const [name, value] of Object.entries(sessionHeaders())) req.setHeader(name, value);
      },
      onAfterResponse: (_req, res) => {
        sha256 = res.getHeader('X-File-SHA256') || sha256;
      },
      onProgress,
      onError: (error) => reject(new Error(error.message.replace(/^tus: /, '').split(', originated from request')[0])),
      onSuccess: () => resolve({ id: upload.url?.split('/').pop() ?? '', sha256 }),
    });
    upload.start();
  });
}

/** Thrown when a download fails; `status` is the HTTP status (404 also for files you may not read, 410 once deleted). */
export class FileDownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Downloads evidence file `id`, checks the bytes received against the SHA-256 the server recorded at upload (the
 * browser's Web Crypto, SHA-256), and offers the file to the person. Resolves with the name, both digests and whether
 * they match. @throws FileDownloadError on any non-200 answer, with the server's message.
 */
export async function downloadEvidenceFile(id: string): Promise<{ name: string; expected: string; received: string; intact: boolean }> {
  const response = await fetchWithSession(`/files/${encodeURIComponent(id)}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new FileDownloadError(response.status, body?.message ?? (response.status === 404 ? 'This file does not exist, or you may not read it.' : 'The file cannot be downloaded right now.'));
  }
  const expected = response.headers.get('x-file-sha256') ?? '';
  const blob = await response.blob();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  const received = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  const name = fileNameOf(response, 'file');
  saveBlob(blob, name);
  return { name, expected, received, intact: expected === received };
}
