import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Header, Param, StreamableFile, UseFilters } from '@nestjs/common';
import { AppError, AuthUser, CurrentUser, ErrorCode } from '@taskforce/api-core';
import { OperationReportService } from './operation-report.service';

const STATUS: Readonly<Partial<Record<ErrorCode, number>>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.FAILED_PRECONDITION]: 412,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/** Answers an AppError on an HTTP route as `{ code, message }` with the matching status; never a stack trace. */
@Catch(AppError)
export class HttpAppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<{ status(n: number): { json(body: unknown): void } }>();
    res.status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message });
  }
}

@Controller('operations')
@UseFilters(HttpAppErrorFilter)
export class OperationReportController {
  constructor(private readonly reports: OperationReportService) {}

  /**
   * GET /operations/:id/report.pdf with `Authorization: Bearer <token>` → 200 application/pdf (attachment), made now
   * for the caller; 401 `{ code: UNAUTHENTICATED }` without a valid token; 404 `{ code: NOT_FOUND }` for unknown
   * and invisible ids alike.
   */
  @Get(':id/report.pdf')
  @Header('Cache-Control', 'no-store')
  async report(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<StreamableFile> {
    const file = await this.reports.pdf(user, id);
    return new StreamableFile(file.pdf, { type: 'application/pdf', disposition: `attachment; filename="${file.fileName}"`, length: file.pdf.length });
  }
}
