import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A field of rural development an initiative serves: business, environment, education, culture… */
@ObjectType({ description: 'A theme of rural development; clients translate its code.' })
@Entity({ tableName: 'theme' })
export class Theme {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Code, e.g. `ENVIRONMENT`; the client shows it in the reader’s language.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => Int, { description: 'Order in lists.' })
  @Property({ type: 'integer' })
  position!: number;
}
