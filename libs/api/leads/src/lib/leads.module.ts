import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { NotificationService, NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { TasksModule } from '@taskforce/api-tasks';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';
import { LeadAccessService } from './lead-access.service';
import { LeadCipherService } from './lead-cipher.service';
import { LeadEntity, LeadPersonEntity, LeadShareEntity } from './lead.entity';
import { LeadResolver, LeadShareResolver, SharingPreviewResolver, TaskLeadResolver } from './lead.resolver';
import { LeadRoutesResolver } from './lead-routes.resolver';
import { LeadRoutesService } from './lead-routes.service';
import { LeadReadsService } from './lead-reads.service';
import { LeadService } from './lead.service';
import { LeadShareReviewService } from './lead-share-review.service';
import { LeadSharingService } from './lead-sharing.service';
import { VictimIdentityService } from './victim-identity.service';
import { ShareLapseService } from './share-lapse.service';
import { AgreementPartyResolver, SharingLawResolver } from './sharing-law.resolver';
import { SharingLawService } from './sharing-law.service';

/** Shared leads under the law: leads, agreements, jurisdiction rules, shares and approvals. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LeadEntity, LeadPersonEntity, LeadShareEntity, AgreementEntity, JurisdictionRuleEntity]),
    AgenciesModule,
    AuthModule,
    OperationsModule,
    NotificationsModule,
    TasksModule,
  ],
  providers: [
    LeadAccessService,
    LeadCipherService,
    LeadReadsService,
    LeadService,
    LeadSharingService,
    LeadShareReviewService,
    VictimIdentityService,
    LeadResolver,
    LeadShareResolver,
    SharingPreviewResolver,
    TaskLeadResolver,
    LeadRoutesService,
    LeadRoutesResolver,
    ShareLapseService,
    SharingLawService,
    SharingLawResolver,
    AgreementPartyResolver,
  ],
  exports: [LeadAccessService, LeadCipherService, LeadReadsService, LeadService, LeadSharingService, LeadShareReviewService, VictimIdentityService, ShareLapseService],
})
export class LeadsModule implements OnModuleInit {
  constructor(private readonly notifications: NotificationService) {}

  /** Notifications about a lead follow the lead's need-to-know rule (LeadAccessService), in lists, counts and replay. */
  onModuleInit(): void {
    this.notifications.useLeadReadableCondition((leadAlias) => LeadAccessService.readableCondition(leadAlias));
  }
}
