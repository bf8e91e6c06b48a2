import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SessionCheckService } from '@taskforce/api-auth';
import { AppConfig, createValidationPipe, requestScopeMiddleware } from '@taskforce/api-core';
import { SELECTOR_LIST_COST, SELECTOR_LIST_UPLOAD_PATH } from '@taskforce/api-matching';
import { connectSocketCluster, TaskforceIoAdapter } from '@taskforce/api-realtime';
import type { NextFunction, Request, Response } from 'express';
import { clientAddressMiddleware } from '@taskforce/api-audit';
import compression from 'compression';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { budgetGate, routeCharge } from './budget-gate';
import { CostBudget } from './cost-budget';
import { serveWebClient } from './web-client';

/** The largest request body the API reads (JSON or form), as body-parser spells it: 100 KiB. */
export const REQUEST_BODY_LIMIT = '100kb';

/**
 * Answers a body the parser refused (too large: 413 PAYLOAD_TOO_LARGE; not JSON, wrong charset or encoding: 400
 * BAD_REQUEST) as a GraphQL error response `{ errors: [{ message, extensions: { code } }] }`, never a stack trace.
 * Other errors go on to the next handler.
 */
function bodyRefusal(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const refusal = error as { type?: unknown; status?: unknown } | null;
  if (!refusal || typeof refusal.type !== 'string' || !/^(entity\.|encoding\.|charset\.|request\.)/.test(refusal.type)) return next(error);
  const tooLarge = refusal.status === 413;
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge ? `The request body is larger than the ${REQUEST_BODY_LIMIT.replace('kb', ' KiB')} the API accepts` : 'The request body could not be read: send JSON in UTF-8',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
}

/**
 * Builds the Nest application (not listening yet): GraphQL, socket.io, /health and, when WEB_DIST_DIR holds a
 * build, the web client (web-client.ts: cache headers, single-page-app fallback, no source maps). Text responses are
 * compressed (brotli or gzip, the `compression` middleware), evidence files never. socket.io shares its events with the other API nodes on the same database (Redis Streams when REDIS_URL is set, else PostgreSQL). Used by
 * main.ts and by the integration tests.
 */
export async function createApp(config: AppConfig, databaseUrl: string, logLevels?: LogLevel[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: logLevels ?? (config.NODE_ENV === 'test' ? ['error'] : ['log', 'warn', 'error']),
    // Registered below, followed by the handler that answers their refusals in GraphQL's error shape.
    bodyParser: false,
  });
  // Text responses (the web client's files, GraphQL answers, errors) compressed with brotli or gzip, as the client
  // accepts; never evidence files (/files): they go out byte for byte as stored, with their length and SHA-256.
  app.use(compression({ filter: (req: Request, res: Response) => !/^\/files(\/|$|\?)/.test(req.path) && compression.filter(req, res) }));
  // Callers who spent their GraphQL budget are answered before their body is even read (budget-gate.ts).
  app.use(budgetGate(app.get(CostBudget), app.get(SessionCheckService)));
  // A selector list uploaded as CSV costs what `querySelectorsCsv` costs, charged before its body is read.
  app.use(routeCharge(app.get(CostBudget), app.get(SessionCheckService), 'POST', SELECTOR_LIST_UPLOAD_PATH, SELECTOR_LIST_COST));
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.useBodyParser('urlencoded', { extended: true, limit: REQUEST_BODY_LIMIT });
  app.use(bodyRefusal);
  app.useGlobalPipes(createValidationPipe());
  const allowed = (config.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const cluster = await connectSocketCluster({ databaseUrl, redisUrl: config.REDIS_URL, redisKeyPrefix: config.REDIS_KEY_PREFIX }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  app.useWebSocketAdapter(new TaskforceIoAdapter(app, allowed, cluster));
  // Client addresses (used by the login rate limit) come from X-Forwarded-For only behind a proxy you name;
  // otherwise anyone could pick a fresh address per attempt.
  app.set('trust proxy', !config.TRUST_PROXY ? false : /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.disable('x-powered-by');
  // "From where" for the audit log, for the whole request (field resolvers included).
  app.use(clientAddressMiddleware);
  // Batching loaders, facts decided once and the SQL statement count, per request (after the body parsers).
  app.use(requestScopeMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'connect-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );

  if (existsSync(join(config.WEB_DIST_DIR, 'index.html'))) {
    serveWebClient(app, config.WEB_DIST_DIR);
  } else if (config.NODE_ENV !== 'test') {
    new Logger('Web').warn(`no web client build in ${config.WEB_DIST_DIR}; run "npx nx run web:build" (npm start does)`);
  }
  return app;
}
