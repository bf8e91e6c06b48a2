export * from './lib/channels.module';
export * from './lib/operation-channel.service';
export * from './lib/operation-message.entity';
export * from './lib/operation-message.model';
