import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionCheckService, SessionCookies, type RequestHeaders } from '@taskforce/api-auth';
import { AppConfig, AuthUser, failedPrecondition, notFound, scheduleSweep } from '@taskforce/api-core';
import { DataSource } from 'typeorm';
import { DOWNLOAD_TICKET_TTL_MS, downloadTicketDigest, newDownloadTicket } from './download-ticket';
import { FileState } from './evidence-file.entity';
import { deletedText } from './file-texts';
import { FilesService } from './files.service';

/** A download ticket as its holder gets it. */
export interface IssuedDownloadTicket {
  /** `/files/<id>?ticket=<ticket>`, on the API's origin; the ticket is an opaque random value. */
  url: string;
  /** End of validity (UTC): DOWNLOAD_TICKET_TTL_MS (60 s) after issue. */
  expiresAt: Date;
}

/**
 * Download tickets: how a browser downloads an evidence file straight to disk. A page cannot send its CSRF header with
 * a navigation, so it first asks for a ticket (GraphQL `createFileDownloadTicket`, with its usual credentials), then
 * navigates an `<a download>` to the ticket's URL. The ticket in the URL is 32 random bytes and says nothing about
 * who holds it; what it binds (one file, one person, one session, 60 s) is kept in PostgreSQL under the ticket's
 * SHA-256 (table `file_download_tickets`, so any API node redeems it), until it is used or, unused, until the sweep
 * `deleteExpired` (every FILE_RETENTION_CHECK_SECONDS) removes it. It serves one download, and only while the session
 * is live. At the download the file is checked again as for any reader.
 */
@Injectable()
export class FileDownloadTickets implements OnModuleInit {
  private readonly logger = new Logger(FileDownloadTickets.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly sessions: SessionCheckService,
    private readonly cookies: SessionCookies,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    scheduleSweep(this.scheduler, 'file-download-tickets', this.config.FILE_RETENTION_CHECK_SECONDS, (now) => this.deleteExpired(now), this.logger);
  }

  /**
   * A ticket to download file `id` once, within 60 s of `now` (ms since the epoch), in the caller's session; one row
   * written, nothing else (the download is the custody entry). @throws NOT_FOUND for unknown, malformed and
   * unreachable files alike; FAILED_PRECONDITION (extensions.gone) when its content was deleted.
   */
  async issue(user: AuthUser, id: string, now = Date.now()): Promise<IssuedDownloadTicket> {
    const file = await this.files.get(user, id);
    if (file.state === FileState.CONTENT_DELETED) throw failedPrecondition(deletedText(file), { gone: true });
    const expiresAt = new Date(now + DOWNLOAD_TICKET_TTL_MS);
    const { ticket, digest } = newDownloadTicket();
    await this.db.query('INSERT INTO file_download_tickets (token_sha256, file_id, user_id, session_id, expires_at) VALUES ($1, $2, $3, $4, $5)', [digest, file.id, user.userId, user.sessionId, expiresAt]);
    return { url: `/files/${file.id}?ticket=${ticket}`, expiresAt };
  }

  /**
   * The person a ticket presented for file `id` at `now` (ms since the epoch) stands for, once: the ticket must have
   * been issued for this file, be unexpired and unused (it is used from now on, its row removed) and its session live;
   * a request that also carries another person's valid access token (`headers`: bearer or access cookie) is refused
   * without using the ticket up, so a ticket passed on to a colleague does not work in their browser.
   * @throws NOT_FOUND for an unknown, altered, expired, used or other file's ticket, an ended session and another
   *   person's request, as for an unknown file.
   */
  async redeem(ticket: string, id: string, headers: RequestHeaders = {}, now = Date.now()): Promise<AuthUser> {
    const digest = downloadTicketDigest(ticket);
    const rows: Array<{ user_id: string; session_id: string; expires_at: Date }> = digest
      ? await this.db.query('SELECT user_id, session_id, expires_at FROM file_download_tickets WHERE token_sha256 = $1 AND file_id::text = lower($2)', [digest, id])
      : [];
    const claims = rows[0];
    if (!claims || claims.expires_at.getTime() < now) throw notFound('File');
    const presented = this.cookies.credentials(headers);
    const presenter = presented.kind === 'none' ? null : await this.sessions.accessTokenSubject(presented.token);
    if (presenter !== null && presenter !== claims.user_id) throw notFound('File');
    const session = await this.sessions.liveSession(claims.session_id, claims.user_id).catch(() => null);
    if (!session) throw notFound('File');
    // Used: the row goes; of two requests presenting it at once, one removes it and the other finds nothing.
    const used: unknown[] = await this.db.query('DELETE FROM file_download_tickets WHERE token_sha256 = $1 RETURNING token_sha256', [digest]);
    if (used.length === 0) throw notFound('File');
    return session.user;
  }

  /** Removes the tickets that expired before `now` (UTC), used or not (used ones are gone already); how many went. */
  async deleteExpired(now: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query('DELETE FROM file_download_tickets WHERE expires_at < $1', [now]);
    return count;
  }
}
