import { Module } from '@nestjs/common';
import { AuthModule } from '@taskforce/api-auth';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthModule, OperationsModule, NotificationsModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
