import './lib/auth.css';

export * from './lib/login-page';
export * from './lib/security-settings-page';
export * from './lib/step-up-dialog';
