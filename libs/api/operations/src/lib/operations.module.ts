import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { OperationAccessService } from './operation-access.service';
import { OperationEntity } from './operation.entity';
import { OperationResolver } from './operation.resolver';
import { OperationService } from './operation.service';

@Module({
  imports: [TypeOrmModule.forFeature([OperationEntity]), AgenciesModule, AuthModule],
  providers: [OperationAccessService, OperationService, OperationResolver],
  exports: [OperationAccessService, OperationService],
})
export class OperationsModule {}
