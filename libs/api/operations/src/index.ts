export * from './lib/operation.policy';
export * from './lib/operation.entity';
export * from './lib/operation.model';
export * from './lib/operation.service';
export * from './lib/operations.module';
export * from './lib/operation-history';
export * from './lib/dto/operation.inputs';
