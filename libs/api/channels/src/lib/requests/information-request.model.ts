import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HandlingCode, InformationRequestStatus, TaskPriority, TlpLabel } from '@taskforce/domain';

registerEnumType(InformationRequestStatus, {
  name: 'InformationRequestStatus',
  description: 'SENT (not acknowledged yet), ACKNOWLEDGED (receipt recorded by the addressee), ANSWERED (closed by the answer)',
});

/**
 * A request for information between two agencies of a joint operation, as the people of those two agencies and the
 * operation's coordinators read it (nobody else sees it). Instants are UTC.
 */
@ObjectType('InformationRequest', { description: 'A request for information from one agency of a joint operation to another' })
export class InformationRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  operationId!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => TaskPriority)
  priority!: TaskPriority;

  @Field(() => Date, { nullable: true, description: 'When the answer is due (UTC); null when none was set' })
  dueAt!: Date | null;

  @Field(() => TlpLabel, { description: 'TLP 2.0 label of the request and its answer (default AMBER)' })
  tlp!: TlpLabel;

  @Field(() => HandlingCode, { nullable: true })
  handlingCode!: HandlingCode | null;

  @Field(() => String, { nullable: true, description: 'The restriction handling code H3 (other restrictions, stated by the provider) stands for, as the provider wrote it; null without H3' })
  handlingCondition!: string | null;

  @Field(() => InformationRequestStatus)
  status!: InformationRequestStatus;

  @Field({ description: 'When it was sent (UTC)' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the addressee acknowledged receipt (UTC)' })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered (UTC)' })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The answer; null until answered' })
  answer!: string | null;

  @Field(() => Date, { nullable: true, description: "When it escalated to the operation's coordinators (UTC): overdue, or urgent and not acknowledged in time" })
  escalatedAt!: Date | null;

  @Field({ description: 'True when it is unanswered and its due date has passed' })
  overdue!: boolean;

  @Field({ description: 'True when you may acknowledge and answer it: a person of the addressed agency, while it is open and the operation not closed' })
  viewerCanRespond!: boolean;

  fromAgencyId!: string;
  toAgencyId!: string;
  senderId!: string;
  acknowledgedById!: string | null;
  answeredById!: string | null;
}
