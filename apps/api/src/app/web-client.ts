import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { join, sep } from 'node:path';

/** Paths the API answers itself: never the web client's page. */
const API_PATHS = /^\/(graphql|socket\.io|health|files)(\/|$)/;

/**
 * Cache-Control of Vite's fingerprinted output (`assets/`): a file's name changes whenever its content does, so a
 * browser may keep it a year without asking again (RFC 8246 `immutable`).
 */
export const FINGERPRINTED_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Cache-Control of the HTML page (index.html and every address of the single-page app): always revalidated (ETag), so
 * a new deployment's page, naming the new assets, is seen at once.
 */
export const HTML_CACHE_CONTROL = 'no-cache';

/**
 * Serves the web client built into `webDistDir` (holding index.html) on `app`: the files under `assets/` with
 * FINGERPRINTED_CACHE_CONTROL, HTML with HTML_CACHE_CONTROL, other files (favicon) with express's default
 * (`public, max-age=0`). A GET of an address without a file extension that is not one of the API's gets index.html
 * (single-page-app fallback); a missing file (anything with an extension, e.g. /assets/old.js) is a 404, and so is
 * any source map (`*.map`), even one left in the folder: the client's source is not published.
 */
export function serveWebClient(app: NestExpressApplication, webDistDir: string): void {
  const index = join(webDistDir, 'index.html');
  const assets = join(webDistDir, 'assets') + sep;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!/\.map$/i.test(req.path)) return next();
    res.status(404).type('text/plain').send('Not Found');
  });
  app.useStaticAssets(webDistDir, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      if (path.startsWith(assets)) res.setHeader('Cache-Control', FINGERPRINTED_CACHE_CONTROL);
      else if (path.endsWith('.html')) res.setHeader('Cache-Control', HTML_CACHE_CONTROL);
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', HTML_CACHE_CONTROL);
    res.sendFile(index);
  });
}
