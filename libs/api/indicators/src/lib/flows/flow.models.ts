import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ShownFigureModel } from '../tables/indicator.models';

/** What a flow joins: countries (ISO 3166-1 alpha-2) or regions (UN M49 regions as the source names them). */
export enum FlowLevel {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
}

registerEnumType(FlowLevel, {
  name: 'FlowLevel',
  description: 'COUNTRY: citizenship → country of exploitation; REGION: citizenship region → exploitation region',
});

@InputType()
export class CaseFlowsInput {
  @Field({ description: 'Source of the case records: `ctdc` (public CTDC data set) or an agency-entered source' })
  @Matches(/^[a-z0-9_:-]{1,60}$/, { message: 'source must be 1–60 characters a–z, 0–9, _ : -' })
  source!: string;

  @Field(() => IndicatorKind, { nullable: true, description: 'Default VICTIM_IDENTIFIED' })
  @IsOptional()
  @IsEnum(IndicatorKind)
  indicator?: IndicatorKind;

  @Field(() => FlowLevel)
  @IsEnum(FlowLevel)
  level!: FlowLevel;

  @Field(() => ID, { nullable: true, description: 'Only records of this joint operation; NOT_FOUND when unknown, malformed or not yours to see' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operationId?: string;

  @Field(() => Int, { nullable: true, description: 'Small-cell threshold: counts 1 … k−1 of other agencies\' records are suppressed. Fixed at SMALL_CELL_K (default 11) for source `agency` (another k is refused, field k); for public data sets the configured k or a higher one' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(1000)
  k?: number;
}

@ObjectType('CaseFlow', { description: 'Records whose origin is `from` and destination `to` (a flow that may be shown)' })
export class CaseFlowModel {
  @Field({ description: 'Citizenship (ISO alpha-2) or citizenship region' }) from!: string;
  @Field({ description: 'Country of exploitation (ISO alpha-2) or exploitation region' }) to!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CaseFlows', { description: 'Flows from origin to place of exploitation, small-cell protected for the viewer' })
export class CaseFlowsModel {
  @Field() source!: string;
  @Field(() => IndicatorKind) indicator!: IndicatorKind;
  @Field(() => FlowLevel) level!: FlowLevel;
  @Field(() => [CaseFlowModel], { description: 'Flows that may be shown (known origin and destination), most records first; suppressed flows are not listed' })
  flows!: CaseFlowModel[];
  @Field(() => Int, { description: 'How many flows (known origin and destination) are suppressed and not listed' }) suppressedFlows!: number;
  @Field(() => ShownFigureModel, { description: 'Records in the suppressed figures (flows and unknowns); itself suppressed when the total is' })
  suppressedRecords!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Records with unknown origin and known destination' }) unknownOrigin!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Records with known origin and unknown destination' }) unknownDestination!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Records with neither known' }) unknownBoth!: ShownFigureModel;
  @Field(() => ShownFigureModel, { description: 'Every record counted' }) total!: ShownFigureModel;
  @Field(() => Int) k!: number;
  @Field({ description: "True when every record is your agency's: exact counts, nothing suppressed" }) viewerIsOwner!: boolean;
  @Field({
    description:
      "True when shown flows carry cell-key noise (usually 0 or ±1 record, at most ±10) each (other agencies' records; docs/disclosure-control.md): flows, unknown groups and suppressed records are then close, not exact; the total is exact",
  })
  perturbed!: boolean;
  @Field({ description: 'Cite under the map and the table' }) citation!: string;
}
