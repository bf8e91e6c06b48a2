import './lib/admin.css';
import './lib/people/people.css';

export * from './lib/imports/imports-page';
export * from './lib/sharing-law/agreements-admin-page';
export * from './lib/sharing-law/rules-admin-page';
export * from './lib/audit/audit-chain-page';
export * from './lib/people/people-admin-page';
export * from './lib/people/agencies-admin-page';
