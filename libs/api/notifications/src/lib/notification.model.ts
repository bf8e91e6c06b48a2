import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationType } from '@taskforce/domain';

registerEnumType(NotificationType, { name: 'NotificationType' });

@ObjectType('NotificationTextValue', { description: 'One named value of a notification’s text' })
export class NotificationTextValueModel {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('Notification', { description: 'A notification for the signed-in user' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationType)
  type: NotificationType;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => [NotificationTextValueModel], {
    description:
      'The values title and body are written from, by name, sorted by name (task, agency, operation, status codes …): clients write the notification in the reader’s language from `type` and these. Empty for notifications stored before they were kept; then show `title` and `body` (English).',
  })
  textValues: NotificationTextValueModel[];

  @Field(() => ID, { nullable: true })
  operationId: string | null;

  @Field(() => ID, { nullable: true })
  taskId: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead it is about (lead notifications); open /leads/<leadId>' })
  leadId: string | null;

  @Field({ description: 'Pushed even when muted or in quiet hours' })
  urgent: boolean;

  @Field({ description: 'Stored but not pushed live (muted or quiet hours); listed in the digest' })
  heldBack: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was marked read (UTC); null while unread' })
  readAt: Date | null;

  @Field({ description: 'UTC' })
  createdAt: Date;
}

@ObjectType('NotificationPreferences', { description: 'What you want pushed live; everything is still stored' })
export class NotificationPreferencesModel {
  @Field(() => [NotificationType])
  mutedTypes: NotificationType[];

  @Field(() => [ID])
  mutedOperationIds: string[];

  @Field(() => String, { nullable: true, description: '"HH:MM" in timeZone; null when quiet hours are off' })
  quietHoursStart: string | null;

  @Field(() => String, { nullable: true, description: '"HH:MM" in timeZone; null when quiet hours are off' })
  quietHoursEnd: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/Bucharest' })
  timeZone: string;
}

@ObjectType('NotificationDigest', { description: 'What was held back in the last 24 hours' })
export class NotificationDigestModel {
  @Field({ description: 'End of the 24-hour window (UTC)' })
  until: Date;

  @Field(() => Int)
  count: number;

  @Field(() => [NotificationModel])
  items: NotificationModel[];
}
