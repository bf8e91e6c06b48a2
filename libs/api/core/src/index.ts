export * from './lib/app-config';
export * from './lib/app-error';
export * from './lib/app-error.filter';
export * from './lib/auth-user';
export * from './lib/core.module';
export * from './lib/event-bus';
export * from './lib/format-error';
export * from './lib/validation';
