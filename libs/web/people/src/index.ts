import './lib/set-password.css';

export * from './lib/set-password-page';
