export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/session.entity';
export * from './lib/user.entity';
export * from './lib/user.model';
export * from './lib/user.service';
export * from './lib/password-policy';
