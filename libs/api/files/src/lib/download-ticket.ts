import { createHash, randomBytes } from 'node:crypto';

/** How long a download ticket is valid after it is issued: 60 000 ms. */
export const DOWNLOAD_TICKET_TTL_MS = 60_000;

/** Random bytes in a ticket: 32 (256 bits), written as 43 characters of base64url. */
const TICKET_BYTES = 32;
const TICKET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new download ticket: the opaque value for the URL's query and its SHA-256, the only form the server keeps. */
export function newDownloadTicket(): { ticket: string; digest: string } {
  const ticket = randomBytes(TICKET_BYTES).toString('base64url');
  return { ticket, digest: sha256Hex(ticket) };
}

/**
 * The SHA-256 (lowercase hex) under which a ticket's row is kept, or null when `ticket` cannot be one (not 43
 * characters of base64url): a ticket read from a database copy cannot be used, and a malformed one is refused unread.
 */
export function downloadTicketDigest(ticket: string): string | null {
  return TICKET_SHAPE.test(ticket) ? sha256Hex(ticket) : null;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
