import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { AffiliationRole } from './account.enums.js';
import { Invitation } from './invitation.entity.js';

/** What anyone may see of a person: the name, never the e-mail. */
@ObjectType({ description: 'A person as others see them.' })
export class Person {
  @Field(() => ID, { description: 'Identifier of the person’s account.' })
  id!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  displayName!: string;

  /** The public view of an account: nothing but its id and name leaves through it. */
  static of(user: { id: string; displayName: string }): Person {
    return Object.assign(new Person(), { id: user.id, displayName: user.displayName });
  }

  static ofOptional(user: { id: string; displayName: string } | null | undefined): Person | null {
    return user ? Person.of(user) : null;
  }
}

@ObjectType({ description: 'A person who acts on behalf of an organisation.' })
export class Representative {
  @Field(() => ID, { description: 'Identifier of the affiliation.' })
  id!: string;

  @Field(() => Person, { description: 'The person.' })
  person!: Person;

  @Field(() => AffiliationRole, { description: 'Their role in the organisation.' })
  role!: AffiliationRole;

  @Field(() => String, { nullable: true, description: 'Position, e.g. "pirmininkė".' })
  title!: string | null;
}

@ObjectType({ description: 'A new invitation and its secret token, shown only this once.' })
export class InvitationCreated {
  @Field(() => Invitation, { description: 'The invitation.' })
  invitation!: Invitation;

  @Field(() => String, {
    description: 'Secret token for the link `/invitations/<token>`; not stored, not shown again.',
  })
  token!: string;
}

@ObjectType({ description: 'What the holder of an invitation link sees before accepting.' })
export class InvitationPreview {
  @Field(() => Organisation, { description: 'The organisation.' })
  organisation!: Organisation;

  @Field(() => String, { description: 'Whom it was sent to.' })
  email!: string;

  @Field(() => AffiliationRole, { description: 'The role offered.' })
  role!: AffiliationRole;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;
}
