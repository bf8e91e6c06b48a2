export * from './lib/lead.entity';
export * from './lib/jurisdiction.entity';
export * from './lib/lead-cipher.service';
export * from './lib/lead-access.service';
export * from './lib/lead.service';
export * from './lib/leads.module';
export * from './lib/demo-leads';
export * from './lib/share-lapse.service';
