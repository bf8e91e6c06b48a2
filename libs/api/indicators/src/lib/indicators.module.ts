import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionModule } from '@taskforce/api-jurisdiction';
import { OperationsModule } from '@taskforce/api-operations';
import { FlowQueryService } from './flows/flow-query.service';
import { FlowResolver } from './flows/flow.resolver';
import { CountryProfileService } from './countries/country-profile.service';
import { CountryResolver } from './countries/country.resolver';
import { IndicatorImportService } from './imports/indicator-import.service';
import { IndicatorQueryService } from './tables/indicator-query.service';
import { INDICATOR_ENTITIES } from './indicator.entity';
import { IndicatorsResolver } from './tables/indicators.resolver';
import { CaseRecordResolver } from './case-records/case-record.resolver';
import { CaseRecordService } from './case-records/case-record.service';
import { CaseRecordScopePolicy } from './case-records/case-record-scope.policy';
import { TargetResolver } from './targets/target.resolver';
import { TargetService } from './targets/target.service';
import { SmallCellThreshold } from './tables/small-cell-threshold';
import { TimingService } from './targets/timing.service';
import { PublicFiguresResolver } from './public-figures/public-figures.resolver';
import { PublicFiguresService } from './public-figures/public-figures.service';

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
