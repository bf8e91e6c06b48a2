import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OperationsModule } from '@taskforce/api-operations';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), OperationsModule],
  providers: [NotificationService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
