import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { JurisdictionModule, SharingLawService } from '@taskforce/api-jurisdiction';
import { NotificationService, NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { TasksModule } from '@taskforce/api-tasks';
import { LeadCipherService } from './lead-cipher.service';
import { LeadEntity, LeadPersonEntity, LeadShareEntity } from './lead.entity';
import { LeadResolver, LeadShareResolver, SharingPreviewResolver, TaskLeadResolver } from './lead.resolver';
import { LeadRoutesResolver } from './lead-routes.resolver';
import { LeadRoutesService } from './lead-routes.service';
import { LeadReadsService } from './lead-reads.service';
import { LeadPolicy } from './lead.policy';
import { LeadService } from './lead.service';
import { LeadShareReviewService } from './lead-share-review.service';
import { LeadSharingService } from './lead-sharing.service';
import { VictimIdentityService } from './victim-identity.service';
import { ShareLapseService } from './share-lapse.service';
import { SharingReasonResolver } from './sharing-reason.resolver';

/** Shared leads under the law (agreements and jurisdiction rules from JurisdictionModule): leads, shares and approvals. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LeadEntity, LeadPersonEntity, LeadShareEntity]),
    AgenciesModule,
    AuthModule,
    JurisdictionModule,
    OperationsModule,
    NotificationsModule,
    TasksModule,
  ],
  providers: [
    LeadPolicy,
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
    SharingReasonResolver,
  ],
  exports: [LeadPolicy, LeadCipherService, LeadReadsService, LeadService, LeadSharingService, LeadShareReviewService, VictimIdentityService, ShareLapseService],
})
export class LeadsModule implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationService,
    private readonly law: SharingLawService,
    private readonly lapse: ShareLapseService,
  ) {}

  /**
   * Notifications about a lead follow the lead's need-to-know rule (LeadPolicy), in lists, counts and replay;
   * every change of the law decides the live shares again, in the admin's transaction (ShareLapseService.reconsider).
   */
  onModuleInit(): void {
    this.notifications.useLeadReadableCondition((viewer, leadAlias) => LeadPolicy.readableWhere(viewer, leadAlias));
    this.law.onLawChange(this.lapse);
  }
}
