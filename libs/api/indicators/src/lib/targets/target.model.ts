import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { ShownFigureModel } from '../tables/indicator.model';

@ObjectType({ description: "A coordinator's target for one indicator of a joint operation over a period, and progress against it" })
export class OperationTargetModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) operationId!: string;
  @Field(() => IndicatorKind) indicator!: IndicatorKind;
  @Field({ description: 'YYYY-MM-DD, inclusive' }) periodStart!: string;
  @Field({ description: 'YYYY-MM-DD, inclusive' }) periodEnd!: string;
  @Field(() => Int) target!: number;
  @Field(() => ShownFigureModel, {
    description: "Case records of the indicator in the operation entered within the period (by created_at, UTC date); suppressed (< k) unless your agency recorded them all",
  })
  achieved!: ShownFigureModel;
  @Field(() => Float, { nullable: true, description: 'achieved / target, capped at 1; null when achieved is suppressed' }) progress!: number | null;
}

@ObjectType({ description: 'Tasks done on time: DONE tasks with a due date, completed (status became DONE) by it' })
export class OnTimeRateModel {
  @Field(() => Int) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int, { description: 'onTime + late' }) denominator!: number;
  @Field(() => Int, { description: 'Tasks left out: not DONE, or no due date' }) excluded!: number;
  @Field(() => Float, { nullable: true, description: 'onTime / denominator, 0–1; null when nothing is countable' }) rate!: number | null;
}

@ObjectType({ description: 'Median time from a lead being recorded to its first action (the earliest task linked to it)' })
export class LeadToActionModel {
  @Field(() => Float, { nullable: true, description: 'Milliseconds; null when no lead has an action yet' }) medianMs!: number | null;
  @Field(() => Int, { description: 'Leads with an action, measured' }) measured!: number;
  @Field(() => Int, { description: 'Leads you may read without an action yet' }) withoutAction!: number;
}

@ObjectType({ description: 'Timing indicators of one joint operation or of every operation your agency takes part in' })
export class TimingIndicatorsModel {
  @Field(() => ID, { nullable: true, description: 'The operation, or null for every operation your agency takes part in' }) operationId!: string | null;
  @Field(() => OnTimeRateModel) tasksOnTime!: OnTimeRateModel;
  @Field(() => LeadToActionModel) leadToAction!: LeadToActionModel;
}

@ObjectType({ description: "A joint operation's targets with progress, and its timing beside the task force's" })
export class OperationIndicatorsModel {
  @Field(() => ID) operationId!: string;
  @Field(() => Int, { description: 'Small-cell threshold used for achieved figures' }) k!: number;
  @Field({ description: 'You are a coordinator of the operation (you may set and remove targets)' }) viewerIsCoordinator!: boolean;
  @Field(() => [OperationTargetModel], { description: 'By indicator, then period' }) targets!: OperationTargetModel[];
  @Field(() => TimingIndicatorsModel) timing!: TimingIndicatorsModel;
  @Field(() => TimingIndicatorsModel, { description: 'Across every operation your agency takes part in' }) taskForceTiming!: TimingIndicatorsModel;
}
