import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
import { TargetResolver } from './target.resolver';
import { TargetService } from './target.service';
import { SmallCellThreshold } from './small-cell-threshold';
import { TimingService } from './timing.service';
import { NationalLawResolver } from './national-law.resolver';
import { NationalLawService } from './national-law.service';
import { PublicFiguresResolver } from './public-figures.resolver';
import { PublicFiguresService } from './public-figures.service';

/** Monitoring and evaluation: public reference data imports, indicator tables, country profiles. */
@Module({
  imports: [TypeOrmModule.forFeature(INDICATOR_ENTITIES), OperationsModule],
  providers: [
    IndicatorImportService,
    IndicatorQueryService,
    IndicatorsResolver,
    NationalLawService,
    CountryProfileService,
    CountryResolver,
    NationalLawResolver,
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
  exports: [PublicFiguresService, IndicatorImportService, IndicatorQueryService, CountryProfileService, NationalLawService, TargetService, SmallCellThreshold],
})
export class IndicatorsModule {}
