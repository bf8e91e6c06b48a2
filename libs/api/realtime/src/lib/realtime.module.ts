import { Module } from '@nestjs/common';
import { AuthModule } from '@taskforce/api-auth';
import { OperationsModule } from '@taskforce/api-operations';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthModule, OperationsModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
