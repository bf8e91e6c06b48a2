export * from './lib/dataset-import';
export * from './lib/indicator.entities';
export * from './lib/indicator.models';
export * from './lib/indicator-import.service';
export * from './lib/indicator-query.service';
export * from './lib/indicators.module';
