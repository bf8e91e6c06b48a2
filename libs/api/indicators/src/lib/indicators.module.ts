import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionModule } from '@taskforce/api-jurisdiction';
import { OperationsModule } from '@taskforce/api-operations';
import { FlowQueryService } from './flow-query.service';
import { FlowResolver } from './flow.resolver';
import { CountryProfileService } from './country-profile.service';
import { CountryResolver } from './country.resolver';
import { IndicatorImportService } from './indicator-import.service';
import { IndicatorQueryService } from './indicator-query.service';
import { INDICATOR_ENTITIES } from './indicator.entities';
import { IndicatorsResolver } from './indicators.resolver';
import { CaseRecordResolver } from './case-record.resolver';
import { CaseRecordService } from './case-record.service';
import { CaseRecordScopePolicy } from './case-record-scope.policy';
import { TargetResolver } from './target.resolver';
import { TargetService } from './target.service';
import { SmallCellThreshold } from './small-cell-threshold';
import { TimingService } from './timing.service';
import { PublicFiguresResolver } from './public-figures.resolver';
import { PublicFiguresService } from './public-figures.service';

/** Monitoring and evaluation: public reference data imports, indicator tables, country profiles (national laws from JurisdictionModule). */
@Module({
  imports: [TypeOrmModule.forFeature(INDICATOR_ENTITIES), OperationsModule, JurisdictionModule],
  providers: [
    CaseRecordScopePolicy,
    IndicatorImportService,
    IndicatorQueryService,
    IndicatorsResolver,
    CountryProfileService,
    CountryResolver,
    FlowQueryService,
    FlowResolver,
    CaseRecordService,
    CaseRecordResolver,
    TargetService,
    TargetResolver,
    TimingService,
    SmallCellThreshold,
    PublicFiguresService,
    PublicFiguresResolver,
  ],
  exports: [PublicFiguresService, IndicatorImportService, IndicatorQueryService, CountryProfileService, TargetService, SmallCellThreshold],
})
export class IndicatorsModule {}
