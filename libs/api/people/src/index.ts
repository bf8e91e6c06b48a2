export * from './lib/one-time-link.entity';
export * from './lib/people.module';
export * from './lib/people.policy';
export * from './lib/people.service';
export * from './lib/person.model';
