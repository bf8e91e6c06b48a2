import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationType } from '@taskforce/domain';

registerEnumType(NotificationType, { name: 'NotificationType' });

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

  @Field(() => ID, { nullable: true })
  operationId: string | null;

  @Field(() => ID, { nullable: true })
  taskId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked read (UTC); null while unread' })
  readAt: Date | null;

  @Field({ description: 'UTC' })
  createdAt: Date;
}
