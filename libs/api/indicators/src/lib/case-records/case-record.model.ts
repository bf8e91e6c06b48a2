import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FormOfExploitation, IndicatorKind } from '@taskforce/domain';

/** Sex as recorded on a case record (the domain's `Sex`); leave it out when unknown. */
export enum CaseSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}

/** Minor (under 18 at identification) or adult (the domain's `AgeGroup`, CTDC's `majorityStatus`). */
export enum CaseAgeGroup {
  MINOR = 'MINOR',
  ADULT = 'ADULT',
}

registerEnumType(CaseSex, { name: 'CaseSex', description: 'Sex as recorded on a case record' });
registerEnumType(CaseAgeGroup, { name: 'CaseAgeGroup', description: 'Minor (under 18 at identification) or adult' });

@ObjectType({ description: 'A case-level record entered by your agency (source "agency"); never a victim identity' })
export class CaseRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => IndicatorKind) indicator!: IndicatorKind;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => CaseSex, { nullable: true }) sex!: CaseSex | null;
  @Field(() => CaseAgeGroup, { nullable: true }) ageGroup!: CaseAgeGroup | null;
  @Field(() => String, { nullable: true }) ageBand!: string | null;
  @Field(() => String, { nullable: true }) citizenship!: string | null;
  @Field(() => String, { nullable: true }) countryOfExploitation!: string | null;
  @Field(() => [FormOfExploitation]) formsOfExploitation!: FormOfExploitation[];
  @Field(() => ID, { nullable: true }) operationId!: string | null;
  @Field(() => ID, { description: 'The recording agency (always yours)' }) agencyId!: string;
  @Field({ description: 'When it was entered (UTC); a target period counts a record by this date' }) createdAt!: Date;
}
