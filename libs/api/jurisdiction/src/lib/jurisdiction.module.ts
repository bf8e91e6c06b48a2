import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';
import { NationalLawResolver } from './national-law.resolver';
import { NationalLawService } from './national-law.service';
import { AgreementPartyResolver, SharingLawResolver } from './sharing-law.resolver';
import { SharingLawService } from './sharing-law.service';

/**
 * The law the task force works under: agreements between countries and agencies, jurisdiction rules (both read by
 * the sharing engine through `loadSharingLaw`) and national anti-trafficking laws (shown in country profiles).
 * Exports SharingLawService (the leads module registers its reconsideration of live shares with `onLawChange`) and
 * NationalLawService (country profiles of the indicators module).
 */
@Module({
  imports: [TypeOrmModule.forFeature([AgreementEntity, JurisdictionRuleEntity]), AgenciesModule],
  providers: [SharingLawService, SharingLawResolver, AgreementPartyResolver, NationalLawService, NationalLawResolver],
  exports: [SharingLawService, NationalLawService],
})
export class JurisdictionModule {}
