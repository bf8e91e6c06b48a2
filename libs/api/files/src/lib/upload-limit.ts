/** A refusal of a tus upload creation: the HTTP status and the text the client gets. */
export interface UploadRefusal {
  status: number;
  body: string;
}

const UNITS: Array<[bytes: bigint, name: string]> = [
  [1024n ** 4n, 'TiB'],
  [1024n ** 3n, 'GiB'],
  [1024n ** 2n, 'MiB'],
  [1024n, 'KiB'],
];

/** A byte count as people read a limit: "10 GiB", "512 MiB" when it is a whole number of them, else "1500 bytes". */
export function limitText(bytes: number): string {
  const n = BigInt(bytes);
  const unit = UNITS.find(([size]) => n >= size && n % size === 0n);
  return unit ? `${n / unit[0]} ${unit[1]}` : `${n} bytes`;
}

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
