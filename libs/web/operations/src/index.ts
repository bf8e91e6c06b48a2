import './lib/operations.css';

export * from './lib/acknowledgement/acknowledgement-state';
export * from './lib/acknowledgement/acknowledgement-status';
export * from './lib/channel/attached-files';
export * from './lib/invitations/invitations-page';
export * from './lib/operation-form/new-operation-page';
export * from './lib/operation-page';
