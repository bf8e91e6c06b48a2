import { createHash } from 'node:crypto';
import { downloadTicketDigest, newDownloadTicket } from '../download-ticket';

describe('a download ticket', () => {
  it('is 32 random bytes in base64url, a new value every time, kept as its SHA-256', () => {
    const a = newDownloadTicket();
    const b = newDownloadTicket();
    expect(a.ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.ticket, 'base64url')).toHaveLength(32);
    expect(a.ticket).not.toBe(b.ticket);
    expect(a.digest).toBe(createHash('sha256').update(a.ticket, 'utf8').digest('hex'));
    expect(downloadTicketDigest(a.ticket)).toBe(a.digest);
  });

  it('is refused unread when it cannot be one', () => {
    const { ticket } = newDownloadTicket();
    for (const malformed of ['', 'not-a-ticket', `${ticket}A`, ticket.slice(1), `${ticket.slice(1)}.`, `${ticket.slice(1)}=`]) expect([malformed, downloadTicketDigest(malformed)]).toEqual([malformed, null]);
  });
});
