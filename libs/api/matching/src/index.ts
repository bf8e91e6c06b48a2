export * from './lib/blind-index';
export * from './lib/selector.entity';
export * from './lib/selector.service';
export * from './lib/selector-matching.service';
export * from './lib/matching.module';
