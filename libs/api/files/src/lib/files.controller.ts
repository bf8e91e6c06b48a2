import { All, ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { AcceptsDownloadTicket, AppConfig, AppError, AuthUser, ErrorCode } from '@taskforce/api-core';
import { downloadContentType } from '@taskforce/domain';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { FileDownloadTickets } from './file-download-tickets';
import { FilesService } from './files.service';
import { isMultipartUpload, MultipartUploads } from './multipart-upload';
import { refusalBody } from './tus-server';
import { oversizeUpload } from './upload-limit';

/** Answers an AppError on the file routes as `{ code, message }`: 401, 404, 410 for deleted content; never a stack trace. */
@Catch(AppError)
export class FileErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const status = error.code === ErrorCode.UNAUTHENTICATED ? 401 : error.code === ErrorCode.NOT_FOUND ? 404 : error.code === ErrorCode.FAILED_PRECONDITION ? 410 : error.code === ErrorCode.FORBIDDEN ? 403 : 400;
    if (!res.headersSent) res.status(status).json({ code: error.code, message: error.message });
  }
}

/**
 * Evidence files over HTTP, same origin, same bearer token (or session cookie) as GraphQL:
 * - `POST /files` starts a tus upload (Upload-Length, Upload-Metadata `filename`, `attachedKind`, `attachedId`, `tlp`,
 *   `handlingCode`); `PATCH /files/:id` sends bytes from `Upload-Offset`; `HEAD /files/:id` tells the offset to resume
 *   from; `DELETE /files/:id` cancels an unfinished upload. The last PATCH answers `X-File-Id` and `X-File-SHA256`. A
 *   creation declaring more than FILE_MAX_BYTES (10 GiB by default) gets 413 with a message naming the limit, before
 *   anything is stored. Refusals are JSON `{ code, message }`; no answer carries CORS headers (same origin).
 * - `POST /files` with `Content-Type: multipart/form-data` uploads in one request: the same metadata as form fields
 *   before the file part, the same limit, refusals and custody entry; 201 with the file's id (MultipartUploads).
 * - `GET /files/:id` downloads: `Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`, the type detected
 *   from the content (never HTML, SVG, XML, script or PDF: those go as application/octet-stream), `X-File-SHA256` to check
 *   the bytes against; 404 for unknown and forbidden files alike; 410 when the content was deleted.
 * - `GET /files/:id?ticket=…` downloads the same way without other credentials, with a ticket from GraphQL
 *   `createFileDownloadTicket` (an opaque random value; one use, 60 s, the person and session it was issued to:
 *   FileDownloadTickets); an unknown, altered, expired, used or other file's ticket gets 404, as for an unknown file. This is how a browser saves a file straight
 *   to disk: a navigation cannot carry the CSRF header a cookie session needs.
 */
@Controller('files')
@UseFilters(FileErrorFilter)
export class FilesController {
  constructor(
    private readonly files: FilesService,
    private readonly tickets: FileDownloadTickets,
    private readonly multipart: MultipartUploads,
    private readonly config: AppConfig,
  ) {}

  @Get(':id')
  @AcceptsDownloadTicket()
  async download(@Param('id') id: string, @Req() req: Request & { user?: AuthUser }, @Res() res: Response): Promise<void> {
    // Express hands HEAD to GET routes: a HEAD asks tus for an upload's offset.
    if (req.method === 'HEAD') return this.tus(req, res);
    // The auth guard let a ticket through without credentials; anything else came with a signed-in user.
    const ticket: unknown = req.query['ticket'];
    const user = typeof ticket === 'string' ? await this.tickets.redeem(ticket, id, req.headers) : (req.user as AuthUser);
    const { file, content } = await this.files.openForDownload(user, id);
    res.status(200);
    res.attachment(file.name);
    res.setHeader('Content-Type', downloadContentType(file.contentType));
    res.setHeader('Content-Length', file.size);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-File-SHA256', file.sha256 ?? '');
    await pipeline(content, res).catch(() => res.destroy());
  }

  /** tus on `/files` and `/files/:id`; a multipart/form-data `POST /files` goes to MultipartUploads. */
  @All(['', ':id'])
  async tus(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (isMultipartUpload(req)) return this.multipart.handle(req, res);
    const oversize = req.method === 'POST' ? oversizeUpload(req.headers['upload-length'], this.config.FILE_MAX_BYTES) : null;
    if (oversize) {
      res.status(oversize.status).setHeader('Tus-Resumable', '1.0.0').type('application/json').send(refusalBody(oversize.status, oversize.body));
      return;
    }
    await this.files.tus.handle(req, res);
  }
}
