import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { requestOf } from '@taskforce/api-core';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Observable } from 'rxjs';

/** The client address of the HTTP/GraphQL request being handled, if any. */
export const clientAddressStore = new AsyncLocalStorage<{ clientAddress: string | null }>();

/**
 * Global interceptor: runs each HTTP/GraphQL handler with the request's `req.ip` in clientAddressStore, so that
 * AuditService can record "from where" without the services passing the request around.
 */
@Injectable()
export class ClientAddressInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return next.handle();
    let clientAddress: string | null = null;
    try {
      clientAddress = requestOf(context)?.ip ?? null;
    } catch {
      clientAddress = null;
    }
    return new Observable((subscriber) => clientAddressStore.run({ clientAddress }, () => next.handle().subscribe(subscriber)));
  }
}

/**
 * Express middleware doing the same for the whole request, so that field resolvers (which interceptors do not wrap)
 * also record where a read came from. Install it after `trust proxy` is set (req.ip depends on it).
 */
export function clientAddressMiddleware(req: { ip?: string }, _res: unknown, next: () => void): void {
  clientAddressStore.run({ clientAddress: req.ip ?? null }, next);
}
