import { Module } from '@nestjs/common';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { FilesModule } from '@taskforce/api-files';
import { LeadsModule } from '@taskforce/api-leads';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AgenciesModule, AuthModule, OperationsModule, NotificationsModule, LeadsModule, FilesModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
