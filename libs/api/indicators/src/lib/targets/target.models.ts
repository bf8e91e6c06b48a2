import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { IsEnum, IsInt, IsISO8601, IsString, Matches, Max, Min } from 'class-validator';
import { ShownFigureModel } from '../tables/indicator.models';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A target for one indicator of a joint operation over a period (dates inclusive, UTC)' })
export class SetOperationTargetInput {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  indicator!: IndicatorKind;

  @Field({ description: 'First day of the period, YYYY-MM-DD (UTC)' })
  @Matches(ISO_DATE, { message: 'periodStart must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'periodStart must be a real date' })
  periodStart!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD (UTC), on or after periodStart' })
  @Matches(ISO_DATE, { message: 'periodEnd must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'periodEnd must be a real date' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Records to reach, > 0' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  target!: number;
}

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
