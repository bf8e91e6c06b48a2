import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'socket.io';

/** Largest message a client may send, in bytes (socket.io's `maxHttpBufferSize`). */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * socket.io server options: same-origin browsers plus ALLOWED_ORIGINS; clients without an Origin header
 * (non-browser clients, which carry no ambient credentials) pass on to the token check.
 */
export class TaskforceIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly allowedOrigins: string[],
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions) {
    return super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
        callback(null, this.isAllowedOrigin(req));
      },
    });
  }

  private isAllowedOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (this.allowedOrigins.includes(origin)) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
}
