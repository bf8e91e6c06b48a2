import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TlpLabel } from '@taskforce/domain';
import './lead.model';

@ObjectType('LeadRouteLeg', { description: 'One leg (from → to) of the routes of the leads you may read, aggregated over those leads' })
export class LeadRouteLegModel {
  @Field({ description: 'ISO 3166-1 alpha-2 country the leg leaves' }) from!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country of the next stop on the route' }) to!: string;
  @Field(() => Int, { description: 'Number of leads you may read whose route has this leg' }) leads!: number;
  @Field(() => TlpLabel, { description: 'The most restrictive TLP 2.0 label among those leads' }) tlp!: TlpLabel;
  @Field(() => [ID], { description: 'Those leads (ids you may open with lead(id)), sorted' }) leadIds!: string[];
}
