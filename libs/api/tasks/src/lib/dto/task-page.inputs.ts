import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { TASK_PAGE_MAX } from '../task.model';

/** A page of a board column: the first `first` tasks after the task `after` (board order). */
@ArgsType()
export class TaskPageArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many tasks (0–${TASK_PAGE_MAX}); 0 gives none (the column's total alone)` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(0, { message: `first must be from 0 to ${TASK_PAGE_MAX}` })
  @Max(TASK_PAGE_MAX, { message: `first must be from 0 to ${TASK_PAGE_MAX}` })
  first = 50;

  @Field(() => ID, { nullable: true, description: 'The id of the last task of this column you hold; the page starts after it' })
  @IsOptional()
  @IsUUID('all', { message: 'after must be the id of a task of this column' })
  after?: string | null;
}
