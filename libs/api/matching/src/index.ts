export * from './lib/blind-index';
export * from './lib/selector.entity';
export * from './lib/selector.service';
export * from './lib/selector-matching.service';
export * from './lib/selector-hit-sweep.service';
export * from './lib/selector-notices';
export * from './lib/matching.module';
export { SELECTOR_LIST_COST, SELECTOR_LIST_UPLOAD_PATH } from './lib/selector-list.controller';
