export * from './lib/demo-data';
export * from './lib/entities';
export * from './lib/demo-public-data';
