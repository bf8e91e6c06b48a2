import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsSafeText, Trim } from '@taskforce/api-core';
import { ObjectivesMet } from '@taskforce/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const MAX_RESULT = 1_000_000;
const MAX_TEXT = 5000;

/** A result: absent = unchanged, null = not reported, else a whole number 0 … 1,000,000. */
const Result = (name: string) => (target: object, key: string) => {
  Field(() => Int, { nullable: true, description: `${name}: a whole number ≥ 0; null = not reported; absent = unchanged` })(target, key);
  ValidateIf((_o, v) => v !== undefined && v !== null)(target, key);
  IsInt({ message: `${key} must be a whole number` })(target, key);
  Min(0, { message: `${key} must not be negative` })(target, key);
  Max(MAX_RESULT, { message: `${key} must be at most ${MAX_RESULT}` })(target, key);
};

/** A free-text answer of the form: absent = unchanged, null or blank clears it; line breaks allowed. */
const Text = (what: string) => (target: object, key: string) => {
  Field(() => String, { nullable: true, description: `${what}; null or blank clears; absent = unchanged` })(target, key);
  Trim()(target, key);
  ValidateIf((_o, v) => v !== undefined && v !== null)(target, key);
  IsString({ message: `${key} must be text` })(target, key);
  IsSafeText()(target, key);
  MaxLength(MAX_TEXT, { message: `${key} must be at most ${MAX_TEXT} characters` })(target, key);
};

@InputType('UpdateEvaluationSectionInput', {
  description: 'Writes your agency’s section of the closing evaluation (Joint Investigation Teams Network, JIT evaluation form); only the fields given change',
})
export class UpdateEvaluationSectionInput {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field(() => ID, { nullable: true, description: 'The agency whose section this is; default (and only allowed value): your own agency' })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId?: string;

  @Field(() => Int, { description: 'The section’s version you last saw: 0 when it has not been written yet; CONFLICT when stale' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(0, { message: 'expectedVersion must be at least 0' })
  expectedVersion!: number;

  @Field(() => ObjectivesMet, { nullable: true, description: 'MET, PARTLY_MET or NOT_MET; null clears; absent = unchanged' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsEnum(ObjectivesMet, { message: 'objectivesMet must be MET, PARTLY_MET or NOT_MET' })
  objectivesMet?: ObjectivesMet | null;

  @Text('How far the objectives were met, in words') objectivesNote?: string | null;
  @Result('Arrests') arrests?: number | null;
  @Result('Potential victims identified') potentialVictimsIdentified?: number | null;
  @Result('Victims referred to assistance') victimsReferredToAssistance?: number | null;
  @Result('Seizures') seizures?: number | null;
  @Result('Prosecutions started') prosecutionsStarted?: number | null;
  @Result('Convictions') convictions?: number | null;
  @Text('Legal obstacles (e.g. differences between national laws, admissibility of evidence)') legalObstacles?: string | null;
  @Text('Practical obstacles (funding, equipment, staff)') practicalObstacles?: string | null;
  @Text('Language obstacles (translation, interpretation)') languageObstacles?: string | null;
  @Text('Obstacles to exchanging information') informationExchangeObstacles?: string | null;
  @Text('Added value of working as a joint team') addedValue?: string | null;
  @Text('Lessons learned and good practice') lessonsLearned?: string | null;
}
