import type { FileAttachmentKind } from '../graphql/generated/graphql';
import { sessionHeaders } from '../session/session-headers';

/** What a new evidence file is attached to and marked with (the tus `Upload-Metadata` of POST /files). */
export interface FileUploadTarget {
  attachedKind: `${FileAttachmentKind}`;
  attachedId: string;
  tlp: string;
  handlingCode?: string | null;
  /** The restriction handling code H3 stands for (required with H3, refused otherwise). */
  handlingCondition?: string | null;
}

/** The message of the API's refusal (JSON `{ code, message }`), else tus-js-client's own description of the failure. */
function refusalMessage(error: Error & { originalResponse?: { getBody(): string } | null }): string {
  try {
    const body = JSON.parse(error.originalResponse?.getBody() ?? '') as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not an answer of this API (the connection failed, a proxy answered): tus-js-client's description below.
  }
  return error.message.replace(/^tus: /, '').split(', originated from request')[0];
}

/**
 * Uploads `file` with the tus protocol (tus-js-client, 5 MiB chunks, resumed after a dropped connection from the offset
 * the server holds), with the session cookie and CSRF header. Resolves with the file's id and the SHA-256 the server
 * computed while the bytes arrived (lowercase hex); `onProgress` gets bytes sent and total. tus-js-client is loaded on the
 * first upload, not with the screens that offer one.
 * @throws Error with the server's message (its JSON `message`) when it refuses the upload.
 */
export async function uploadEvidenceFile(file: File, target: FileUploadTarget, onProgress?: (sent: number, total: number) => void): Promise<{ id: string; sha256: string }> {
  const { Upload } = await import('tus-js-client');
  return new Promise((resolve, reject) => {
    let sha256 = '';
    const upload = new Upload(file, {
      endpoint: '/files',
      chunkSize: 5 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000],
      metadata: { filename: file.name, attachedKind: target.attachedKind, attachedId: target.attachedId, tlp: target.tlp, ...(target.handlingCode ? { handlingCode: target.handlingCode } : {}), ...(target.handlingCondition ? { handlingCondition: target.handlingCondition } : {}) },
      onBeforeRequest: (req) => {
        for (const [name, value] of Object.entries(sessionHeaders())) req.setHeader(name, value);
      },
      onAfterResponse: (_req, res) => {
        sha256 = res.getHeader('X-File-SHA256') || sha256;
      },
      onProgress,
      onError: (error) => reject(new Error(refusalMessage(error))),
      onSuccess: () => resolve({ id: upload.url?.split('/').pop() ?? '', sha256 }),
    });
    upload.start();
  });
}

/**
 * Saves the file at `url` (a download ticket's address, same origin) to the person's disk under `fileName`: the browser
 * navigates a link with the `download` attribute to it, so the bytes go straight to disk and the page never holds them
 * (evidence files reach 10 GiB). The server's Content-Disposition name wins where it gives one.
 */
export function saveFromUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
