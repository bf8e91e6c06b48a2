export * from './lib/files.module';
export * from './lib/files.service';
export * from './lib/evidence-file.entity';
export * from './lib/attachment.policy';
export * from './lib/file-storage';
export * from './lib/pg-advisory-locker';
export * from './lib/file-announcer';
