export * from './lib/stix.module';
export * from './lib/stix-bundle';
export * from './lib/stix-vocabulary';
