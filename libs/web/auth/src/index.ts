import './lib/auth.css';

export * from './lib/login-page';
