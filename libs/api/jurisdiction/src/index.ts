export * from './lib/jurisdiction.entity';
export * from './lib/jurisdiction.module';
export * from './lib/law-change';
export * from './lib/sharing-law-mapping';
export * from './lib/sharing-law.service';
export * from './lib/national-law.model';
export * from './lib/national-law.service';
