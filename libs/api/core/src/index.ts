export * from './lib/app-config';
export * from './lib/evidence-file-settings';
export * from './lib/encryption-keys';
export * from './lib/app-error';
export * from './lib/app-error.filter';
export * from './lib/auth-user';
export * from './lib/core.module';
export * from './lib/event-bus';
export * from './lib/format-error';
export * from './lib/ids';
export * from './lib/validation';
export * from './lib/handling-condition.field';
export * from './lib/dates';
export * from './lib/secret-cipher';
export * from './lib/origin';
export * from './lib/query-cost';
export * from './lib/sql-predicate';
export * from './lib/roles';
export * from './lib/request-scope';
export * from './lib/sweeps';
export * from './lib/load-config';
export * from './lib/plain-rows';
export * from './lib/search-text';
export * from './lib/variable-problems';
<<<<<<< HEAD
export * from './lib/literal-problems';
=======
export * from './lib/byte-limit';
>>>>>>> csv16
