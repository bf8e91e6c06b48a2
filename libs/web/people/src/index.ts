import './lib/people.css';

export * from './lib/agencies-admin-page';
export * from './lib/people-admin-page';
export * from './lib/set-password-page';
