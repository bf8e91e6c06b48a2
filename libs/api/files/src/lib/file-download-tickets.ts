import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionCheckService, SessionCookies, type RequestHeaders } from '@taskforce/api-auth';
import { AppConfig, AuthUser, failedPrecondition, notFound } from '@taskforce/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DOWNLOAD_TICKET_TTL_MS, downloadTicketKey, readDownloadTicket, signDownloadTicket } from './download-ticket';
import { FileState } from './evidence-file.entity';
import { deletedText } from './file-texts';
import { FilesService } from './files.service';

/** A download ticket as its holder gets it. */
export interface IssuedDownloadTicket {
  /** `/files/<id>?ticket=<ticket>`, on the API's origin. */
  url: string;
  /** End of validity (UTC): DOWNLOAD_TICKET_TTL_MS (60 s) after issue. */
  expiresAt: Date;
}

/**
 * Download tickets: how a browser downloads an evidence file straight to disk. A page cannot send its CSRF header with
 * a navigation, so it first asks for a ticket (GraphQL `createFileDownloadTicket`, with its usual credentials), then
 * navigates an `<a download>` to the ticket's URL. A ticket is signed (HMAC-SHA256, `download-ticket.ts`) and binds one
 * file, one person and one session for 60 s; it serves one download (its id is recorded when used, in PostgreSQL, so
 * on any API node), and only while the session is live. At the download the file is checked again as for any reader.
 */
@Injectable()
export class FileDownloadTickets {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly sessions: SessionCheckService,
    private readonly cookies: SessionCookies,
    config: AppConfig,
  ) {
    if (!config.JWT_SECRET) throw new Error('JWT_SECRET is not set');
    this.key = downloadTicketKey(config.JWT_SECRET);
  }

  /**
   * A ticket to download file `id` once, within 60 s, in the caller's session; issuing it reads nothing else and
   * writes nothing (the download is the custody entry). @throws NOT_FOUND for unknown, malformed and unreachable
   * files alike; FAILED_PRECONDITION (extensions.gone) when its content was deleted.
   */
  async issue(user: AuthUser, id: string, now = Date.now()): Promise<IssuedDownloadTicket> {
    const file = await this.files.get(user, id);
    if (file.state === FileState.CONTENT_DELETED) throw failedPrecondition(deletedText(file), { gone: true });
    const expiresAt = now + DOWNLOAD_TICKET_TTL_MS;
    const ticket = signDownloadTicket(this.key, { fileId: file.id, userId: user.userId, sessionId: user.sessionId, expiresAt, ticketId: randomUUID() });
    return { url: `/files/${file.id}?ticket=${ticket}`, expiresAt: new Date(expiresAt) };
  }

  /**
   * The person a ticket presented for file `id` stands for, once: the ticket must be signed with this deployment's key
   * for this file, unexpired, unused (it is used from now on) and its session live; a request that also carries
   * another person's valid access token (`headers`: bearer or access cookie) is refused, so a ticket passed on to a
   * colleague does not work in their browser.
   * @throws NOT_FOUND for a forged, altered, expired, used or other file's ticket, an ended session and another
   *   person's request, as for an unknown file.
   */
  async redeem(ticket: string, id: string, headers: RequestHeaders = {}, now = Date.now()): Promise<AuthUser> {
    const claims = readDownloadTicket(this.key, ticket, id, now);
    if (!claims) throw notFound('File');
    const presented = this.cookies.credentials(headers);
    const presenter = presented.kind === 'none' ? null : await this.sessions.accessTokenSubject(presented.token);
    if (presenter !== null && presenter !== claims.userId) throw notFound('File');
    const session = await this.sessions.liveSession(claims.sessionId, claims.userId).catch(() => null);
    if (!session) throw notFound('File');
    // Used ids stay until well past their expiry, so that API nodes whose clocks differ a little never accept one twice.
    const used: unknown[] = await this.db.query(
      `WITH expired AS (DELETE FROM file_download_tickets_used WHERE expires_at < now() - interval '10 minutes')
       INSERT INTO file_download_tickets_used (ticket_id, expires_at) VALUES ($1, $2) ON CONFLICT (ticket_id) DO NOTHING RETURNING ticket_id`,
      [claims.ticketId, new Date(claims.expiresAt)],
    );
    if (used.length === 0) throw notFound('File');
    return session.user;
  }
}
