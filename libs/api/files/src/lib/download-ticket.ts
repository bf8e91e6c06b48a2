import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a download ticket is valid after it is issued: 60 000 ms. */
export const DOWNLOAD_TICKET_TTL_MS = 60_000;

/** What a download ticket binds: one file, one person in one session, until an instant, under a random id. */
export interface DownloadTicketClaims {
  fileId: string;
  userId: string;
  sessionId: string;
  /** End of validity, in ms since the epoch (UTC). */
  expiresAt: number;
  /** Random UUID: the ticket's identity, recorded when it is used so that it serves one download. */
  ticketId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LABEL = 'taskforce file-download-ticket v1';

/**
 * The key that signs download tickets (32 bytes), derived from JWT_SECRET with HMAC-SHA256 under a label of its own,
 * so that no new secret must be configured and a ticket can never pass for an access token or a CSRF token.
 */
export function downloadTicketKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('taskforce file-download-ticket key v1').digest();
}

function mac(key: Buffer, c: DownloadTicketClaims): Buffer {
  return createHmac('sha256', key).update([LABEL, c.fileId, c.userId, c.sessionId, String(c.expiresAt), c.ticketId].join('\n')).digest();
}

/**
 * The ticket text for a URL's query: `<userId>.<sessionId>.<expiresAt ms>.<ticketId>.<HMAC-SHA256, base64url>`. The
 * file id is signed but not written: the ticket is valid only in the URL of that file.
 */
export function signDownloadTicket(key: Buffer, claims: DownloadTicketClaims): string {
  return [claims.userId, claims.sessionId, claims.expiresAt, claims.ticketId, mac(key, claims).toString('base64url')].join('.');
}

/**
 * The claims of `ticket` presented for file `fileId` at `now` (ms since the epoch): null when it is malformed, its
 * signature does not match (forged, altered, or issued for another file or under another key) or it has expired.
 */
export function readDownloadTicket(key: Buffer, ticket: string, fileId: string, now: number): DownloadTicketClaims | null {
  const parts = ticket.split('.');
  if (parts.length !== 5) return null;
  const [userId, sessionId, expires, ticketId, signature] = parts;
  if (!UUID.test(userId) || !UUID.test(sessionId) || !UUID.test(ticketId) || !/^\d{1,15}$/.test(expires)) return null;
  const claims: DownloadTicketClaims = { fileId: fileId.toLowerCase(), userId, sessionId, expiresAt: Number(expires), ticketId };
  const expected = mac(key, claims);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return now <= claims.expiresAt ? claims : null;
}
