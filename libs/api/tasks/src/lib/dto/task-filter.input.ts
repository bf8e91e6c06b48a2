import { Field, ID, InputType } from '@nestjs/graphql';
import { IsSafeText, Trim } from '@taskforce/api-core';
import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Most values one list of a task filter takes (agencies, people). */
export const TASK_FILTER_MAX_VALUES = 50;

/**
 * Which tasks of a joint operation's board to show. Every given condition must hold; inside one list any value
 * matches; an absent or empty list does not filter.
 */
@InputType('TaskFilterInput')
export class TaskFilterInput {
  @Field(() => [ID], { nullable: true, description: `Assignee agencies (at most ${TASK_FILTER_MAX_VALUES})` })
  @IsOptional()
  @ArrayMaxSize(TASK_FILTER_MAX_VALUES, { message: `assigneeAgencyIds takes at most ${TASK_FILTER_MAX_VALUES} agencies` })
  @IsUUID('all', { each: true, message: 'assigneeAgencyIds must be agency ids' })
  assigneeAgencyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Assignee people (at most ${TASK_FILTER_MAX_VALUES})` })
  @IsOptional()
  @ArrayMaxSize(TASK_FILTER_MAX_VALUES, { message: `assigneeUserIds takes at most ${TASK_FILTER_MAX_VALUES} people` })
  @IsUUID('all', { each: true, message: 'assigneeUserIds must be user ids' })
  assigneeUserIds?: string[] | null;

  @Field(() => [TaskPriority], { nullable: true })
  @IsOptional()
  @IsEnum(TaskPriority, { each: true })
  priorities?: TaskPriority[] | null;

  @Field(() => [Pillar], { nullable: true, description: '4P pillars' })
  @IsOptional()
  @IsEnum(Pillar, { each: true })
  pillars?: Pillar[] | null;

  @Field(() => [TaskStatus], { nullable: true, description: 'Statuses: the board then has only these columns' })
  @IsOptional()
  @IsEnum(TaskStatus, { each: true })
  statuses?: TaskStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only tasks past their due date (server time) and not DONE or CANCELLED; false: only the others' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words in the title or the description, case-insensitive (at most 200 characters)' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string | null;
}
