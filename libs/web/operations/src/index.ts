export * from './lib/operation-page';
