import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CleanText, HandlingConditionField, IsSafeText } from '@taskforce/api-core';
import { cleanHandlingCondition, HANDLING_CONDITION_MAX_LENGTH, HandlingCode, TlpLabel } from '@taskforce/domain';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

/** Longest message body, in characters. */
export const MESSAGE_MAX_LENGTH = 10_000;
/** Most messages one `operationMessages` page returns. */
export const MESSAGE_PAGE_MAX = 200;

/**
 * A message body (also of a request for information and its answer): invisible controls removed and trimmed
 * (`CleanText`), no control characters but line breaks, 1–MESSAGE_MAX_LENGTH characters; messages name `body`.
 */
export const IsMessageBody = () =>
  applyDecorators(
    CleanText(),
    IsSafeText(),
    IsString(),
    MinLength(1, { message: 'body must not be empty' }),
    MaxLength(MESSAGE_MAX_LENGTH, { message: `body must be at most ${MESSAGE_MAX_LENGTH} characters` }),
  );

/** An optional TLP 2.0 label of a message or request (AMBER when left out); the message names `tlp`. */
export const TlpField = () =>
  applyDecorators(
    Field(() => TlpLabel, { nullable: true, description: 'TLP 2.0 label; AMBER when left out' }),
    IsOptional(),
    IsEnum(TlpLabel, { message: `tlp must be one of ${Object.values(TlpLabel).join(', ')}` }),
  );

/** An optional handling code of a message or request; the message names `handlingCode`. */
export const HandlingCodeField = () =>
  applyDecorators(Field(() => HandlingCode, { nullable: true }), IsOptional(), IsEnum(HandlingCode, { message: `handlingCode must be one of ${Object.values(HandlingCode).join(', ')}` }));

@InputType({ description: "A message for a joint operation's channel, or a reply in a thread" })
export class PostOperationMessageInput {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field({ description: `1–${MESSAGE_MAX_LENGTH} characters; line breaks kept. Mention an agency with @<acronym>, a person with @<e-mail>` })
  @IsMessageBody()
  body!: string;

  @Field(() => ID, { nullable: true, description: 'Reply in the thread of this message (a thread of the same operation)' })
  @IsOptional()
  @IsString()
  threadId?: string | null;

  @TlpField()
  tlp?: TlpLabel | null;

  @HandlingCodeField()
  handlingCode?: HandlingCode | null;

  @HandlingConditionField()
  handlingCondition?: string | null;

  @Field({ nullable: true, description: 'Sending again with the same key returns the first message instead of posting twice (a resend after a lost answer)' })
  @IsOptional()
  @IsUUID('all', { message: 'idempotencyKey must be a UUID' })
  idempotencyKey?: string;
}

@InputType()
export class EditOperationMessageInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field({ description: `The new body, 1–${MESSAGE_MAX_LENGTH} characters` })
  @IsMessageBody()
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: `A new restriction for a message marked H3 (left out: the restriction stays); refused for a message not marked H3. Invisible controls removed, trimmed, 1–${HANDLING_CONDITION_MAX_LENGTH} characters`,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (cleanHandlingCondition(value) ?? '') : value))
  @IsString({ message: 'handlingCondition must be text' })
  handlingCondition?: string | null;
}

@ArgsType()
export class OperationMessagesArgs {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field(() => ID, { nullable: true, description: "A thread: its first message and its replies. Left out: the messages that start threads" })
  @IsOptional()
  @IsString()
  threadId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only messages (in any thread) whose body contains this text, ignoring case; invisible controls removed and trimmed as in bodies, then 2–200 characters',
  })
  @IsOptional()
  @CleanText()
  @IsString()
  @MinLength(2, { message: 'search must be at least 2 characters' })
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: `The latest ${50} messages by default, at most ${MESSAGE_PAGE_MAX}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MESSAGE_PAGE_MAX)
  first?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only messages before this position (seq): the page before one already held' })
  @IsOptional()
  @IsInt()
  @Min(1)
  beforeSeq?: number | null;
}
