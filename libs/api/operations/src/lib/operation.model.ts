import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FormOfExploitation, OperationStatus } from '@taskforce/domain';

registerEnumType(OperationStatus, { name: 'OperationStatus', description: 'PLANNED → ACTIVE → SUSPENDED → CLOSED' });
registerEnumType(FormOfExploitation, { name: 'FormOfExploitation', description: 'Palermo Protocol art. 3(a) and common practice' });

@ObjectType('Operation', { description: 'A joint operation of the task force; visible to its participating agencies only' })
export class OperationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => OperationStatus)
  status: OperationStatus;

  leadAgencyId: string;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  countries: string[];

  @Field(() => [FormOfExploitation])
  formsOfExploitation: FormOfExploitation[];

  @Field(() => Int, { description: 'Minutes the assignee agency has to acknowledge an urgent task before the coordinators are alerted' })
  escalationMinutes: number;

  @Field({ description: 'UTC' })
  createdAt: Date;
}
