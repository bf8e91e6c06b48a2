export * from './lib/audit.entity';
export * from './lib/audit-chain';
export * from './lib/audit-vocabulary';
export * from './lib/audit-lead-sets';
export * from './lib/audit-batcher';
export * from './lib/audit.service';
export * from './lib/audit.module';
export { clientAddressMiddleware } from './lib/client-address.interceptor';
