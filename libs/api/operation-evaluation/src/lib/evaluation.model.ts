import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyModel } from '@taskforce/api-agencies';
import { UserModel } from '@taskforce/api-auth';
import { ShownFigureModel } from '@taskforce/api-indicators';
import { ObjectivesMet, OperationAgencyRole } from '@taskforce/domain';

registerEnumType(ObjectivesMet, { name: 'ObjectivesMet', description: 'MET, PARTLY_MET or NOT_MET (JIT evaluation form)' });

/** Cited under the evaluation on screen and in the report. */
export const EVALUATION_FORM_CITATION = 'Joint Investigation Teams Network, JIT evaluation form';

@ObjectType('EvaluationSection', {
  description:
    'One participating agency’s section of the closing evaluation (Joint Investigation Teams Network, JIT evaluation form). Result figures of other agencies are small-cell protected',
})
export class EvaluationSectionModel {
  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field(() => OperationAgencyRole, { nullable: true, description: 'PARTY sections are required to finalise; PARTICIPANT sections are optional; null for an agency that has left' })
  role!: OperationAgencyRole | null;

  @Field({ description: 'False until the agency writes it (version 0)' })
  written!: boolean;

  @Field(() => Int, { description: '0 before the first write, +1 on every write; send it back as expectedVersion' })
  version!: number;

  @Field(() => ObjectivesMet, { nullable: true })
  objectivesMet!: ObjectivesMet | null;

  @Field(() => String, { nullable: true }) objectivesNote!: string | null;

  @Field(() => ShownFigureModel, { nullable: true, description: 'null = not reported; suppressed (< k) for other agencies when 1 … k−1' })
  arrests!: ShownFigureModel | null;

  @Field(() => ShownFigureModel, { nullable: true }) potentialVictimsIdentified!: ShownFigureModel | null;
  @Field(() => ShownFigureModel, { nullable: true }) victimsReferredToAssistance!: ShownFigureModel | null;
  @Field(() => ShownFigureModel, { nullable: true }) seizures!: ShownFigureModel | null;
  @Field(() => ShownFigureModel, { nullable: true }) prosecutionsStarted!: ShownFigureModel | null;
  @Field(() => ShownFigureModel, { nullable: true }) convictions!: ShownFigureModel | null;

  @Field(() => String, { nullable: true }) legalObstacles!: string | null;
  @Field(() => String, { nullable: true }) practicalObstacles!: string | null;
  @Field(() => String, { nullable: true }) languageObstacles!: string | null;
  @Field(() => String, { nullable: true }) informationExchangeObstacles!: string | null;
  @Field(() => String, { nullable: true }) addedValue!: string | null;
  @Field(() => String, { nullable: true }) lessonsLearned!: string | null;

  @Field(() => Date, { nullable: true, description: 'UTC; null before the first write' })
  updatedAt!: Date | null;

  @Field(() => UserModel, { nullable: true, description: 'Who wrote it last' })
  updatedBy!: UserModel | null;

  @Field({ description: 'You may write this section now (your agency’s, a writer role, not finalised, operation not closed)' })
  viewerCanEdit!: boolean;
}

@ObjectType('EvaluationResultTotal', { description: 'One result of the evaluation added up over the sections, protected for the viewer' })
export class EvaluationResultTotalModel {
  @Field({ description: 'arrests, potentialVictimsIdentified, victimsReferredToAssistance, seizures, prosecutionsStarted or convictions' })
  field!: string;

  @Field() label!: string;

  @Field(() => ShownFigureModel) total!: ShownFigureModel;
}

@ObjectType('OperationEvaluation', { description: 'The closing evaluation of a joint operation, written together, one section per participating agency' })
export class OperationEvaluationModel {
  @Field(() => ID) operationId!: string;

  @Field(() => Date, { nullable: true, description: 'When (UTC) a coordinator finalised it; sections are read-only from then on' })
  finalisedAt!: Date | null;

  @Field(() => UserModel, { nullable: true }) finalisedBy!: UserModel | null;

  @Field(() => [EvaluationSectionModel], { description: 'One per participating agency (written or not), lead agency first, then by acronym' })
  sections!: EvaluationSectionModel[];

  @Field(() => [AgencyModel], { description: 'PARTY agencies whose section does not yet say whether the objectives were met' })
  missingAgencies!: AgencyModel[];

  @Field(() => [EvaluationResultTotalModel], { description: 'Each result over every section, small-cell protected for you' })
  totals!: EvaluationResultTotalModel[];

  @Field(() => Int, { description: 'Small-cell threshold applied to other agencies’ figures' }) k!: number;

  @Field({ description: 'You coordinate the operation and it is ready to finalise (not finalised, nothing missing, not closed)' })
  viewerCanFinalise!: boolean;

  @Field({ description: 'Cite under the evaluation' }) citation!: string;
}

@ObjectType('OperationResultFigure', { description: 'One result of finalised closing evaluations, protected for the viewer' })
export class OperationResultFigureModel {
  @Field() field!: string;
  @Field() label!: string;
  @Field(() => ShownFigureModel) total!: ShownFigureModel;
}

@ObjectType('OperationResults', {
  description: 'Results of finalised closing evaluations (one operation, or every joint operation you may see), as a monitoring-and-evaluation source',
})
export class OperationResultsModel {
  @Field(() => ID, { nullable: true, description: 'The operation, or null for every joint operation your agency takes part in' })
  operationId!: string | null;

  @Field(() => Int, { description: 'Finalised evaluations counted' }) evaluations!: number;
  @Field(() => Int) k!: number;
  @Field(() => [OperationResultFigureModel]) results!: OperationResultFigureModel[];
  @Field() citation!: string;
}
