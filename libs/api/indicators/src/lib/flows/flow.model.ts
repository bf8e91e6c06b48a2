import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { ShownFigureModel } from '../tables/indicator.model';

/** What a flow joins: countries (ISO 3166-1 alpha-2) or regions (UN M49 regions as the source names them). */
export enum FlowLevel {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
}

registerEnumType(FlowLevel, {
  name: 'FlowLevel',
  description: 'COUNTRY: citizenship → country of exploitation; REGION: citizenship region → exploitation region',
});

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
