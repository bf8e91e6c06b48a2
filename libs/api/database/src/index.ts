export * from './lib/data-source';
export * from './lib/embedded-postgres';
export * from './lib/migrations';
export * from './lib/prepared-reads';
