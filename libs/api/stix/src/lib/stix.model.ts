import { Field, ObjectType } from '@nestjs/graphql';
import { LeadModel } from '@taskforce/api-leads';

@ObjectType('StixSkippedObject', { description: 'An object of an imported STIX bundle that was not imported (or a marking that was replaced), and why' })
export class StixSkippedObjectModel {
  @Field({ description: 'The STIX id, e.g. "malware--…"' })
  id: string;

  @Field({ description: 'The STIX type, e.g. "malware"' })
  type: string;

  @Field({ description: 'Why it was not imported (English)' })
  reason: string;
}

@ObjectType('StixImportResult', { description: 'The lead a STIX 2.1 bundle became, and every object of the bundle it does not hold' })
export class StixImportResultModel {
  @Field(() => LeadModel)
  lead: LeadModel;

  @Field(() => [StixSkippedObjectModel])
  skipped: StixSkippedObjectModel[];
}
