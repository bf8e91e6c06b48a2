import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuditModule } from '@taskforce/api-audit';
import { AuthModule } from '@taskforce/api-auth';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { OperationChannelResolver } from './operation-channel.resolver';
import { OperationChannelService } from './operation-channel.service';
import { OperationMessageEntity } from './operation-message.entity';

/** Operation channels: messages in threads, mentions, unread markers (README.md). */
@Module({
  imports: [TypeOrmModule.forFeature([OperationMessageEntity]), AgenciesModule, AuditModule, AuthModule, NotificationsModule, OperationsModule],
  providers: [OperationChannelService, OperationChannelResolver],
  exports: [OperationChannelService],
})
export class ChannelsModule {}
