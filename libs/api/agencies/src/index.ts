export * from './lib/agencies.module';
export * from './lib/agency.entity';
export * from './lib/agency.model';
export * from './lib/agency.service';
export * from './lib/countries';
