import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { NotificationsModule } from '@taskforce/api-notifications';
import { OperationsModule } from '@taskforce/api-operations';
import { TaskCommentEntity, TaskEntity, TaskEventEntity } from './task.entity';
import { OperationTasksResolver, TaskColumnResolver, TaskCommentResolver, TaskEventResolver, TaskResolver } from './task.resolver';
import { TaskEscalationService } from './task-escalation.service';
import { TaskCommentsService } from './task-comments.service';
import { TaskPolicy } from './task.policy';
import { TaskService } from './task.service';
import { TaskBoardService } from './task-board.service';
import { TaskSearchResolver } from './task-search.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskCommentEntity, TaskEventEntity]), AgenciesModule, AuthModule, OperationsModule, NotificationsModule],
  providers: [TaskPolicy, TaskService, TaskBoardService, TaskCommentsService, TaskEscalationService, TaskResolver, TaskCommentResolver, TaskEventResolver, OperationTasksResolver, TaskColumnResolver, TaskSearchResolver],
  exports: [TaskPolicy, TaskService, TaskCommentsService, TaskEscalationService],
})
export class TasksModule {}
