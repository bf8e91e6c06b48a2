/**
 * Whether a browser request's `Origin` header names the server's own origin (its host, with port, equals the request's
 * `Host` header) or one of `allowedOrigins` (ALLOWED_ORIGINS). The literal `null` origin (sandboxed frames, some
 * redirects) and anything that is not a URL are refused.
 * @param origin the `Origin` header; callers decide what a request without one means.
 * @param host the `Host` header of the same request.
 */
export function isAllowedOrigin(origin: string, host: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (allowedOrigins.includes(origin)) return true;
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

/** ALLOWED_ORIGINS as a list (comma-separated, blanks dropped). */
export function allowedOriginList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
}
