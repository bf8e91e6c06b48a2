import { ArgumentsHost, Catch, Controller, ExceptionFilter, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AppConfig, AppError, AuthUser, COST, currentRequestScope, CurrentUser, ErrorCode } from '@taskforce/api-core';
import type { Request, Response } from 'express';
import { csvContentTypeRefusal, readListBody } from './selector-list-body';
import { SelectorListMatchingService } from './selector-list-matching.service';

/**
 * The cost of matching one list (GraphQL `querySelectorsCsv`'s `complexity`, and what `POST /selectors/query.csv`
 * charges to the caller's per-minute budget of GRAPHQL_COST_PER_MINUTE): the bulk match, the query rows and the audit
 * entry (docs/api-contract.md, "Query limits and cost").
 */
export const SELECTOR_LIST_COST = COST.BULK + 2 * COST.AUDIT;

/** The path of the upload, for the middleware that charges it before the body is read. */
export const SELECTOR_LIST_UPLOAD_PATH = '/selectors/query.csv';

const STATUS: Readonly<Partial<Record<ErrorCode, number>>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_BUDGET_EXHAUSTED]: 429,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * Answers an AppError on the list upload as JSON `{ code, message }` with the error's extensions beside them (`fields`
 * for BAD_USER_INPUT; `budget`, `limit`, `lines`, `remaining` for QUERY_BUDGET_EXHAUSTED; `reason` for an idle
 * session…): 400, 401, 403, 429; never a stack trace.
 */
@Catch(AppError)
export class SelectorListErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { code: _code, http: _http, ...extensions } = error.extensions;
    if (!res.headersSent) res.status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message, ...extensions });
  }
}

/**
 * Lists of selectors uploaded as a CSV file, same origin, same bearer token (or session cookie with its CSRF token) as
 * GraphQL: `POST /selectors/query.csv` with `Content-Type: text/csv` and the file as the body, at most
 * SELECTOR_LIST_MAX_BYTES (2 MiB by default). Exactly GraphQL `querySelectorsCsv` (SelectorListMatchingService.queryCsv:
 * the same reader, per-line errors, budgets, audit, and hidden hits answered as no-hits with the same SQL statements),
 * without GraphQL's 100 KiB request body limit. Answers 200 with the JSON of `SelectorListReport`
 * (`{ lines: [{ line, kind, hit, holders: [{ id, name, acronym, kind, country, countryName }], errors: [{ field,
 * message }] }], queried, hits, rejected }`); refusals as JSON `{ code, message }` (SelectorListErrorFilter): 400
 * BAD_USER_INPUT with `fields` naming `csv` (missing column, more than 10,000 lines, not UTF-8), 401, 403 (CSRF), 413
 * PAYLOAD_TOO_LARGE naming the limit, 415 for another content type, 429 QUERY_BUDGET_EXHAUSTED (`budget`, `limit`,
 * `lines`, `remaining`) or TOO_MANY_REQUESTS (the per-minute cost budget, with Retry-After). docs/hit-no-hit.md.
 */
@Controller('selectors')
@UseFilters(SelectorListErrorFilter)
export class SelectorListController {
  constructor(
    private readonly lists: SelectorListMatchingService,
    private readonly config: AppConfig,
  ) {}

  @Post('query.csv')
  async queryCsv(@CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const wrongType = csvContentTypeRefusal(req.headers['content-type']);
    const body = wrongType ? { refusal: wrongType } : await readListBody(req, this.config.SELECTOR_LIST_MAX_BYTES);
    if (!body || res.destroyed) return;
    if ('refusal' in body) {
      if (!req.complete) req.resume();
      res.status(body.refusal.status).json(body.refusal.body);
      return;
    }
    const report = await this.lists.queryCsv(user, body.text);
    const scope = currentRequestScope();
    if (this.config.SQL_STATEMENT_HEADER === true && scope) res.setHeader('X-SQL-Statements', String(scope.statements));
    res.status(200).json(report);
  }
}
