export * from './lib/notification.entity';
export * from './lib/notification.model';
export * from './lib/notification.service';
export * from './lib/notifications.module';
export * from './lib/notification-preferences.entity';
export * from './lib/quiet-hours';
export * from './lib/alert-mail.service';
export * from './lib/mail-outbox';
