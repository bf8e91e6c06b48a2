import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OperationsModule } from '@taskforce/api-operations';
import { FlowQueryService } from './flow-query.service';
import { FlowResolver } from './flow.resolver';
import { IndicatorImportService } from './indicator-import.service';
import { IndicatorQueryService } from './indicator-query.service';
import { INDICATOR_ENTITIES } from './indicator.entities';
import { IndicatorsResolver } from './indicators.resolver';

/** Monitoring and evaluation: public reference data imports, indicator tables, country profiles (issue 5). */
@Module({
  imports: [TypeOrmModule.forFeature(INDICATOR_ENTITIES), OperationsModule],
  providers: [IndicatorImportService, IndicatorQueryService, IndicatorsResolver, FlowQueryService, FlowResolver],
  exports: [IndicatorImportService, IndicatorQueryService],
})
export class IndicatorsModule {}
