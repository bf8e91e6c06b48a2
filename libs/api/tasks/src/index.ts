export * from './lib/task.entity';
export * from './lib/task.model';
export * from './lib/task.service';
export * from './lib/task.policy';
export * from './lib/task-comments.service';
export * from './lib/task-records';
export * from './lib/tasks.module';
export * from './lib/task-escalation.service';
