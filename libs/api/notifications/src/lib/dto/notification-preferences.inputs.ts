import { Field, ID, InputType } from '@nestjs/graphql';
import { NotificationType } from '@taskforce/domain';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType('NotificationPreferencesInput')
export class NotificationPreferencesInput {
  @Field(() => [NotificationType])
  @ArrayUnique()
  @IsEnum(NotificationType, { each: true })
  mutedTypes: NotificationType[];

  @Field(() => [ID])
  @ArrayUnique()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'mutedOperationIds must contain operation ids' })
  mutedOperationIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CLOCK, { message: 'quietHoursStart must be HH:MM (00:00–23:59)' })
  quietHoursStart?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CLOCK, { message: 'quietHoursEnd must be HH:MM (00:00–23:59)' })
  quietHoursEnd?: string | null;

  @Field()
  @IsString()
  timeZone: string;
}
