import { Field, ID, InputType } from '@nestjs/graphql';
import { CleanText, HandlingConditionField, IsIsoDateTime, IsOneLineText } from '@taskforce/api-core';
import { HandlingCode, TaskPriority, TlpLabel } from '@taskforce/domain';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { HandlingCodeField, IsMessageBody, MESSAGE_MAX_LENGTH, TlpField } from '../dto/operation-message.inputs';

/** Longest subject of a request for information, in characters. */
export const SUBJECT_MAX_LENGTH = 200;

@InputType({ description: 'A request for information to another agency of the same joint operation' })
export class SendInformationRequestInput {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field(() => ID, { description: 'The addressed agency: another agency taking part in the operation' })
  @IsString()
  toAgencyId!: string;

  @Field({ description: `1–${SUBJECT_MAX_LENGTH} characters, one line; invisible controls removed` })
  @CleanText()
  @IsOneLineText()
  @IsString()
  @MinLength(1, { message: 'subject must not be empty' })
  @MaxLength(SUBJECT_MAX_LENGTH, { message: `subject must be at most ${SUBJECT_MAX_LENGTH} characters` })
  subject!: string;

  @Field({ description: `1–${MESSAGE_MAX_LENGTH} characters; line breaks kept` })
  @IsMessageBody()
  body!: string;

  @Field(() => TaskPriority)
  @IsEnum(TaskPriority, { message: 'priority must be one of LOW, MEDIUM, HIGH, URGENT' })
  priority!: TaskPriority;

  @Field(() => Date, { nullable: true, description: 'When the answer is due: ISO 8601 with a zone, after now and before 2100-01-01; stored in UTC' })
  @IsOptional()
  @IsIsoDateTime({ min: '2000-01-01', max: '2100-01-01', future: true })
  dueAt?: Date | null;

  @TlpField()
  tlp?: TlpLabel | null;

  @HandlingCodeField()
  handlingCode?: HandlingCode | null;

  @HandlingConditionField()
  handlingCondition?: string | null;

  @Field({ nullable: true, description: 'Sending again with the same key returns the first request instead of sending twice' })
  @IsOptional()
  @IsUUID('all', { message: 'idempotencyKey must be a UUID' })
  idempotencyKey?: string;
}

@InputType({ description: 'The answer to a request for information; it closes the request' })
export class AnswerInformationRequestInput {
  @Field(() => ID)
  @IsString()
  requestId!: string;

  @Field({ description: `1–${MESSAGE_MAX_LENGTH} characters; line breaks kept` })
  @IsMessageBody()
  body!: string;
}
