import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A national anti-trafficking law, entered by a platform admin; a public legal fact' })
export class NationalLawModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' }) country!: string;
  @Field() title!: string;
  @Field({ description: 'Official reference or citation, e.g. the official gazette number' }) reference!: string;
  @Field(() => String, { nullable: true, description: 'Date of adoption, YYYY-MM-DD (calendar date, no time zone)' }) adoptedOn!: string | null;
  @Field({ description: 'Date of entry into force, YYYY-MM-DD (calendar date, no time zone)' }) enteredIntoForceOn!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) address of the official text' }) sourceUrl!: string | null;
  @Field(() => Int, { description: 'Starts at 1, +1 per update; send it back as expectedVersion' }) version!: number;
  @Field(() => Date, { description: 'UTC' }) createdAt!: Date;
  @Field(() => Date, { description: 'UTC' }) updatedAt!: Date;
}
