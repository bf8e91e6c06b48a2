// The sign-in screen alone, for the first page a visitor loads: it brings neither Apollo Client nor the pages and
// dialogs of the main entry point (`@taskforce/web-auth`).
import './lib/auth.css';

export * from './lib/login-page';
