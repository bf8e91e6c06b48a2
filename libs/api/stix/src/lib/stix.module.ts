import { Module } from '@nestjs/common';
import { AuditModule } from '@taskforce/api-audit';
import { LeadsModule } from '@taskforce/api-leads';
import { MatchingModule } from '@taskforce/api-matching';
import { NotificationsModule } from '@taskforce/api-notifications';
import { StixExportService } from './stix-export.service';
import { StixImportService } from './stix-import.service';
import { StixResolver } from './stix.resolver';

/** STIX 2.1 export and import of leads (docs/stix.md). */
@Module({
  imports: [AuditModule, LeadsModule, MatchingModule, NotificationsModule],
  providers: [StixExportService, StixImportService, StixResolver],
})
export class StixModule {}
