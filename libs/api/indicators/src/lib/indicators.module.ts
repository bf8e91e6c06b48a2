import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OperationsModule } from '@taskforce/api-operations';
import { IndicatorImportService } from './indicator-import.service';
import { IndicatorQueryService } from './indicator-query.service';
import { INDICATOR_ENTITIES } from './indicator.entities';
import { IndicatorsResolver } from './indicators.resolver';
import { CaseRecordResolver } from './case-record.resolver';
import { CaseRecordService } from './case-record.service';
import { TargetResolver } from './target.resolver';
import { TargetService } from './target.service';
import { TimingService } from './timing.service';

/** Monitoring and evaluation: public reference data imports, indicator tables, country profiles (issue 5). */
@Module({
  imports: [TypeOrmModule.forFeature(INDICATOR_ENTITIES), OperationsModule],
  providers: [IndicatorImportService, IndicatorQueryService, IndicatorsResolver, CaseRecordService, CaseRecordResolver, TargetService, TargetResolver, TimingService],
  exports: [IndicatorImportService, IndicatorQueryService],
})
export class IndicatorsModule {}
