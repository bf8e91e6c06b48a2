import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { OperationAccessService } from './operation-access.service';
import { OperationEntity, OperationEventEntity, OperationInvitationEntity } from './operation.entity';
import { OperationEventResolver, OperationResolver } from './operation.resolver';
import { OperationService } from './operation.service';

@Module({
  imports: [TypeOrmModule.forFeature([OperationEntity, OperationInvitationEntity, OperationEventEntity]), AgenciesModule, AuthModule],
  providers: [OperationAccessService, OperationService, OperationResolver, OperationEventResolver],
  exports: [OperationAccessService, OperationService],
})
export class OperationsModule {}
