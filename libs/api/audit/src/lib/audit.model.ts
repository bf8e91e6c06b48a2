import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditChainStatus', { description: 'Result of verifying the audit hash chain' })
export class AuditChainStatusModel {
  @Field(() => Boolean)
  ok: boolean;

  @Field(() => Int, { description: 'Entries checked' })
  entries: number;

  @Field(() => Int, { nullable: true, description: 'seq of the first entry that does not verify; null when ok' })
  firstBrokenSeq: number | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('AuditEntry', { description: 'One entry of the audit log (ids and codes only)' })
export class AuditEntryModel {
  @Field(() => Int)
  seq: number;

  @Field(() => Date)
  at: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  actorAgencyId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's display name (null for a system action or a removed user)" })
  actorName?: string | null;

  @Field(() => String, { nullable: true, description: "The actor's agency acronym (or name when it has none)" })
  actorAgencyAcronym?: string | null;

  @Field(() => String)
  action: string;

  @Field(() => String)
  subjectType: string;

  @Field(() => String)
  subjectId: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  clientAddress: string | null;

  @Field(() => String, { description: 'Details as canonical JSON (ids and codes)' })
  details: string;

  @Field(() => String)
  prevHash: string;

  @Field(() => String)
  hash: string;
}
