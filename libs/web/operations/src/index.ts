import './lib/operations.css';

export * from './lib/acknowledgement/acknowledgement-state';
export * from './lib/acknowledgement/acknowledgement-status';
export * from './lib/operation-page';
