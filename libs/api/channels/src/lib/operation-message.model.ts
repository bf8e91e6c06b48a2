import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HandlingCode, TlpLabel } from '@taskforce/domain';

/**
 * A message of a joint operation's channel, as the operation's members read it: every member of every participating
 * agency reads every message (the channel is inside the operation); the TLP label and handling code travel with it.
 */
@ObjectType('OperationMessage', { description: "A message of a joint operation's channel" })
export class OperationMessageModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  operationId!: string;

  @Field(() => ID, { nullable: true, description: "The thread's first message; null for a message that starts a thread" })
  threadId!: string | null;

  @Field(() => Int, { description: "Position in the operation's channel, counted per operation (1, 2, 3…), ascending with time" })
  seq!: number;

  @Field(() => String, { nullable: true, description: 'Null once deleted (the message then reads "message deleted")' })
  body!: string | null;

  @Field(() => TlpLabel, { description: 'TLP 2.0 label (default AMBER)' })
  tlp!: TlpLabel;

  @Field(() => HandlingCode, { nullable: true })
  handlingCode!: HandlingCode | null;

  @Field(() => String, { nullable: true, description: 'The restriction handling code H3 (other restrictions, stated by the provider) stands for, as the provider wrote it; null without H3' })
  handlingCondition!: string | null;

  @Field({ description: 'UTC' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When last edited (UTC); null if never' })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When deleted (UTC); null while it stands' })
  deletedAt!: Date | null;

  @Field(() => Int, { description: 'Replies in its thread (0 for a reply)' })
  replyCount!: number;

  @Field({ description: 'True when you wrote it and may still edit it (the operation is not closed, the message not deleted)' })
  viewerCanEdit!: boolean;

  @Field({ description: 'True when you may delete it: its author or a coordinator of the operation, while the operation is not closed' })
  viewerCanDelete!: boolean;

  authorId!: string;
  authorAgencyId!: string;
}
