import './lib/leads.css';

export * from './lib/approvals-page';
export * from './lib/hit-no-hit/hit-no-hit-page';
export * from './lib/lead-detail-page';
export * from './lib/lead-notifications';
export * from './lib/leads-page';
export * from './lib/new-lead-page';
export * from './lib/audit/lead-audit-trail';
