import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIsoDateTime, IsSafeText, Trim } from '@taskforce/api-core';
import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

/** Due dates from 2000-01-01 (inclusive) to 2100-01-01 (exclusive), UTC. */
const DUE_AT_RANGE = { min: '2000-01-01', max: '2100-01-01' };

@InputType('CreateTaskInput')
export class CreateTaskInput {
  @Field(() => ID)
  @IsString()
  operationId: string;

  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title: string;

  @Field({ nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'description must be at most 10000 characters' })
  description?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'assigneeAgencyId must be an agency id' })
  assigneeAgencyId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeUserId must be a user id' })
  assigneeUserId?: string;

  @Field(() => Pillar)
  @IsEnum(Pillar)
  pillar: Pillar;

  @Field(() => TaskPriority)
  @IsEnum(TaskPriority)
  priority: TaskPriority;

  @Field(() => Date, { nullable: true, description: 'ISO 8601 date and time with a zone (e.g. 2026-03-01T10:00:00Z), a real calendar instant from 2000-01-01 to 2100-01-01; stored in UTC' })
  @IsOptional()
  @IsIsoDateTime(DUE_AT_RANGE)
  dueAt?: Date;

  @Field({ nullable: true, description: 'Made once per submission by the client; a repeat returns the first result' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100, { message: 'idempotencyKey must be at most 100 characters' })
  idempotencyKey?: string;
}

@InputType('UpdateTaskStatusInput')
export class UpdateTaskStatusInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field(() => TaskStatus)
  @IsEnum(TaskStatus)
  status: TaskStatus;

  @Field(() => Int, { description: 'The version you last saw; CONFLICT when the task changed since' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;
}

@InputType('AddTaskCommentInput')
export class AddTaskCommentInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(10000, { message: 'body must be at most 10000 characters' })
  body: string;

  @Field({ nullable: true, description: 'Made once per submission by the client; a repeat returns the first result' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100, { message: 'idempotencyKey must be at most 100 characters' })
  idempotencyKey?: string;
}

@InputType('UpdateTaskInput', { description: 'Only the fields given change; null clears description, dueAt or assigneeUserId' })
export class UpdateTaskInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field(() => Int, { description: 'The version you last saw; CONFLICT when the task changed since' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field({ nullable: true })
  @Trim()
  @IsOptional()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsSafeText()
  @IsString()
  @MaxLength(10000, { message: 'description must be at most 10000 characters' })
  description?: string | null;

  @Field(() => TaskPriority, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPriority)
  priority?: TaskPriority;

  @Field(() => Pillar, { nullable: true })
  @IsOptional()
  @IsEnum(Pillar)
  pillar?: Pillar;

  @Field(() => Date, { nullable: true, description: 'ISO 8601 date and time with a zone, as in CreateTaskInput; stored in UTC; null clears it' })
  @IsOptional()
  @IsIsoDateTime(DUE_AT_RANGE)
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Reassigns the task to another participating agency' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeAgencyId must be an agency id' })
  assigneeAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'A person of the (new) assignee agency; null assigns the agency alone' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeUserId must be a user id' })
  assigneeUserId?: string | null;
}
