export * from './lib/enums';
export * from './lib/task-rules';
export * from './lib/operation-lifecycle';
export * from './lib/sharing';
export * from './lib/indicators';
export * from './lib/csv';
export * from './lib/operation-evaluation';
export * from './lib/session-idle';
