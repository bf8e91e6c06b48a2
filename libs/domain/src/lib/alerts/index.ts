export * from './alert-email';
