import './lib/dashboard.css';
import './lib/search/search.css';

export * from './lib/dashboard/dashboard-page';
export * from './lib/header/app-header';
export * from './lib/notifications/notification-bell';
export * from './lib/notifications/use-live-notifications';
export * from './lib/settings/notification-settings-page';
export * from './lib/search/search-page';
