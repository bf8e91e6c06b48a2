import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { TaskCommentEntity, TaskEntity, TaskEventEntity } from './task.entity';
import { OperationTasksResolver, TaskCommentResolver, TaskEventResolver, TaskResolver } from './task.resolver';
import { TaskService } from './task.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskCommentEntity, TaskEventEntity]), AgenciesModule, AuthModule, OperationsModule, NotificationsModule],
  providers: [TaskService, TaskResolver, TaskCommentResolver, TaskEventResolver, OperationTasksResolver],
  exports: [TaskService],
})
export class TasksModule {}
