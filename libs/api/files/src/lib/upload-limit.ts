import { limitText } from '@taskforce/api-core';

/** A refusal of a tus upload creation: the HTTP status and the text the client gets. */
export interface UploadRefusal {
  status: number;
  body: string;
}

export { limitText };

/**
 * The answer to a tus creation (`POST /files`) whose `Upload-Length` header declares more than `maxBytes` (the
 * settings' FILE_MAX_BYTES): 413 Payload Too Large with a message naming the limit. The length is compared as a
 * BigInt, so a length beyond 2^53 (which a JavaScript number cannot hold exactly, and @tus/server would answer with
 * 400 "Invalid upload-length") is judged too. Returns null when the header is absent, is not a whole number of bytes
 * (tus answers those 400) or is within the limit.
 */
export function oversizeUpload(uploadLength: string | string[] | undefined, maxBytes: number): UploadRefusal | null {
  if (typeof uploadLength !== 'string' || !/^\d+$/.test(uploadLength)) return null;
  if (BigInt(uploadLength) <= BigInt(maxBytes)) return null;
  return { status: 413, body: `The file is larger than the largest evidence file accepted: ${limitText(maxBytes)} (${maxBytes} bytes)` };
}
