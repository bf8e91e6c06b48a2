import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyEntity } from './agency.entity';
import { AgencyResolver } from './agency.resolver';
import { AgencyService } from './agency.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity])],
  providers: [AgencyService, AgencyResolver],
  exports: [AgencyService],
})
export class AgenciesModule {}
