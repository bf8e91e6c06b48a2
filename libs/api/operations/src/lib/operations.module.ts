import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { OperationPolicy } from './operation.policy';
import { OperationEntity, OperationEventEntity, OperationInvitationEntity } from './operation.entity';
import { OperationEventResolver, OperationResolver } from './operation.resolver';
import { OperationService } from './operation.service';
import { OperationSearchResolver } from './operation-search.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([OperationEntity, OperationInvitationEntity, OperationEventEntity]), AgenciesModule, AuthModule],
  providers: [OperationPolicy, OperationService, OperationResolver, OperationEventResolver, OperationSearchResolver],
  exports: [OperationPolicy, OperationService],
})
export class OperationsModule {}
