export * from './lib/operation-lifecycle.module';
export * from './lib/operation-invitation.service';
export * from './lib/operation-lifecycle.service';
export * from './lib/invitation.model';
export * from './lib/dto/lifecycle.inputs';
