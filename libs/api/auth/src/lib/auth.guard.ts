import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, requestOf, unauthenticated } from '@taskforce/api-core';
import { AuthService } from './auth.service';

/**
 * Global guard: every resolver and controller requires `Authorization: Bearer <accessToken>` unless marked
 * @Public(). A request without a valid token is refused, never served as a default user.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = requestOf(context);
    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer\s+(\S+)$/i);
    if (!match) throw unauthenticated();
    req.user = await this.auth.authenticate(match[1]);
    return true;
  }
}
