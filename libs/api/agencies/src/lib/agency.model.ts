import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyKind } from '@taskforce/domain';

registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'Kind of agency (glossary: ../shared/DESIGN.md)' });

@ObjectType('Agency', { description: 'An agency taking part in the task force' })
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  acronym: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; null for international bodies' })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'English short name of the country (ISO 3166-1, i18n-iso-countries)' })
  countryName: string | null;
}
