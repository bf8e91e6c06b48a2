export * from './lib/channels.module';
export * from './lib/operation-channel.service';
export * from './lib/operation-message.entity';
export * from './lib/operation-message.model';
export * from './lib/requests/information-request.entity';
export * from './lib/requests/information-request.model';
export * from './lib/requests/information-request.service';
export * from './lib/requests/information-request-escalation.service';
