import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { ClientAddressInterceptor } from './client-address.interceptor';

/**
 * Tamper-evident audit log: AuditService for the feature services (global, so any module can inject
 * it), the auditChainStatus and leadAuditTrail queries, and the interceptor that captures the client address.
 */
@Global()
@Module({
  providers: [AuditService, AuditResolver, { provide: APP_INTERCEPTOR, useClass: ClientAddressInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}
