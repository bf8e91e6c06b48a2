import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { isAllowedOrigin } from '@taskforce/api-core';
import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'socket.io';
import type { SocketCluster } from './socket-cluster';

export { connectSocketCluster, redactRemoteSocket } from './socket-cluster';
export type { SocketCluster, SocketClusterKind, SocketClusterOptions } from './socket-cluster';

/** Largest message a client may send, in bytes (socket.io's `maxHttpBufferSize`). */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * socket.io server options: same-origin browsers plus ALLOWED_ORIGINS; clients without an Origin header
 * (non-browser clients, which carry no ambient credentials) pass on to the token check. With a `cluster`
 * (see connectSocketCluster), the server uses its adapter so events reach sockets on every API node, and the
 * cluster's connections close when the application closes.
 */
export class TaskforceIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly allowedOrigins: string[],
    private readonly cluster?: SocketCluster,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions) {
    if (this.cluster) new Logger('SocketCluster').log(`socket.io uses the ${this.cluster.description}`);
    return super.createIOServer(port, {
      ...options,
      ...(this.cluster ? { adapter: this.cluster.adapter() as unknown as ServerOptions['adapter'] } : {}),
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
        callback(null, this.isAllowedOrigin(req));
      },
    });
  }

  /** Called by Nest after the socket.io servers (and so their adapters) are closed. */
  override async dispose(): Promise<void> {
    await super.dispose();
    await this.cluster?.close();
  }

  private isAllowedOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    return isAllowedOrigin(origin, req.headers.host, this.allowedOrigins);
  }
}
