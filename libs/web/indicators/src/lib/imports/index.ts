export * from './imports-page';
