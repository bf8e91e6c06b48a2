export * from './lib/client-events';
export * from './lib/io-adapter';
export * from './lib/realtime.module';
