import './lib/operations.css';

export * from './lib/operation-page';
