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
import { InformationRequestEntity } from './requests/information-request.entity';
import { InformationRequestEscalationService } from './requests/information-request-escalation.service';
import { InformationRequestResolver } from './requests/information-request.resolver';
import { InformationRequestService } from './requests/information-request.service';
import { MessageSearchResolver } from './message-search.resolver';

/** Operation channels: messages in threads, mentions, unread markers; requests for information between agencies (README.md). */
@Module({
  imports: [TypeOrmModule.forFeature([OperationMessageEntity, InformationRequestEntity]), AgenciesModule, AuditModule, AuthModule, NotificationsModule, OperationsModule],
  providers: [OperationChannelService, OperationChannelResolver, InformationRequestService, InformationRequestResolver, InformationRequestEscalationService, MessageSearchResolver],
  exports: [OperationChannelService, InformationRequestService, InformationRequestEscalationService, MessageSearchResolver],
})
export class ChannelsModule {}
