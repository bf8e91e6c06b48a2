import { randomBytes, randomUUID } from 'node:crypto';
import { downloadTicketKey, readDownloadTicket, signDownloadTicket, type DownloadTicketClaims } from '../download-ticket';

describe('a download ticket', () => {
  const key = downloadTicketKey('a secret of this deployment');
  const now = Date.UTC(2026, 11, 4, 10, 0, 0);
  const claims: DownloadTicketClaims = { fileId: randomUUID(), userId: randomUUID(), sessionId: randomUUID(), expiresAt: now + 60_000, ticketId: randomUUID() };
  const ticket = signDownloadTicket(key, claims);

  it('reads back for its file until its expiry (inclusive), and names neither the file nor anything secret', () => {
    expect(readDownloadTicket(key, ticket, claims.fileId, now)).toEqual(claims);
    expect(readDownloadTicket(key, ticket, claims.fileId.toUpperCase(), now + 60_000)).toEqual(claims);
    expect(readDownloadTicket(key, ticket, claims.fileId, now + 60_001)).toBeNull();
    expect(ticket).not.toContain(claims.fileId);
  });

  it('is refused for another file, under another key, and when any part is changed', () => {
    expect(readDownloadTicket(key, ticket, randomUUID(), now)).toBeNull();
    expect(readDownloadTicket(downloadTicketKey('another secret'), ticket, claims.fileId, now)).toBeNull();
    expect(readDownloadTicket(randomBytes(32), ticket, claims.fileId, now)).toBeNull();
    const parts = ticket.split('.');
    const changes = [randomUUID(), randomUUID(), String(now + 120_000), randomUUID(), randomBytes(32).toString('base64url')];
    for (let i = 0; i < parts.length; i++) {
      const changed = parts.map((part, j) => (j === i ? changes[i] : part)).join('.');
      expect([i, readDownloadTicket(key, changed, claims.fileId, now)]).toEqual([i, null]);
    }
    for (const malformed of ['', 'a.b.c.d.e', `${ticket}.x`, ticket.replace(/\./g, '-')]) expect(readDownloadTicket(key, malformed, claims.fileId, now)).toBeNull();
  });
});
