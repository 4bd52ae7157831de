import { Field, Int, ObjectType } from 'type-graphql';
import { Sector } from './organisation.enums.js';

@ObjectType({
  description: 'How many organisations of a sector: members in the directory, supporters of an initiative.',
})
export class SectorCount {
  @Field(() => Sector, { description: 'The sector.' })
  sector!: Sector;

  @Field(() => Int, { description: 'How many organisations.' })
  count!: number;
}
