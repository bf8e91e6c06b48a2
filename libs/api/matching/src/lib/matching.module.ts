import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { LeadsModule } from '@taskforce/api-leads';
import { NotificationsModule } from '@taskforce/api-notifications';
import { BlindIndex } from './blind-index';
import { DeconflictionActionsService } from './deconfliction-actions.service';
import { DeconflictionContactEntity, DeconflictionLeadRequestEntity } from './deconfliction.entity';
import { DeconflictionResolver } from './deconfliction.resolver';
import { DeconflictionService } from './deconfliction.service';
import { SelectorCipherService } from './selector-cipher.service';
import { SelectorHitSweepService } from './selector-hit-sweep.service';
import { SelectorListController } from './selector-list.controller';
import { SelectorListMatchingService } from './selector-list-matching.service';
import { SelectorMatchingService } from './selector-matching.service';
import { SelectorVolumesService } from './selector-volumes.service';
import { DeconflictionCaseEntity, LeadSelectorEntity, SelectorQueryEntity } from './selector.entity';
import { SelectorResolver } from './selector.resolver';
import { SelectorService } from './selector.service';

/** Hit/no-hit matching of selectors between agencies (docs/hit-no-hit.md). */
@Module({
  imports: [TypeOrmModule.forFeature([LeadSelectorEntity, SelectorQueryEntity, DeconflictionCaseEntity, DeconflictionContactEntity, DeconflictionLeadRequestEntity]), AgenciesModule, AuthModule, LeadsModule, NotificationsModule],
  controllers: [SelectorListController],
  providers: [BlindIndex, SelectorCipherService, SelectorMatchingService, SelectorListMatchingService, SelectorHitSweepService, SelectorVolumesService, SelectorService, DeconflictionService, DeconflictionActionsService, SelectorResolver, DeconflictionResolver],
  exports: [BlindIndex, SelectorService, SelectorMatchingService, SelectorHitSweepService],
})
export class MatchingModule {}
