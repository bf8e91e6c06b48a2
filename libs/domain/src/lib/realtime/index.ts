export * from './socket-events';
export * from './presence';
