import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OperationsModule } from '@taskforce/api-operations';
import { NotificationPreferencesEntity } from './notification-preferences.entity';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { AlertMailService } from './alert-mail.service';
import { MailOutbox } from './mail-outbox';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferencesEntity]), OperationsModule],
  providers: [NotificationService, NotificationPreferencesService, NotificationResolver, MailOutbox, AlertMailService],
  exports: [NotificationService, AlertMailService],
})
export class NotificationsModule {}
