import { Module } from '@nestjs/common';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { OperationInvitationService } from './operation-invitation.service';
import { OperationLifecycleResolver } from './operation-lifecycle.resolver';
import { OperationLifecycleService } from './operation-lifecycle.service';

/** Forming and running a joint operation: invitations with consent, status moves, edits, leaving, co-coordinators. */
@Module({
  imports: [AgenciesModule, AuthModule, OperationsModule, NotificationsModule],
  providers: [OperationInvitationService, OperationLifecycleService, OperationLifecycleResolver],
  exports: [OperationInvitationService, OperationLifecycleService],
})
export class OperationLifecycleModule {}
