import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AffiliationRole } from './account.enums.js';

@InputType({ description: 'Invite a person to an organisation (staff).' })
export class InviteRepresentativeInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => String, { description: 'E-mail address of the person.' })
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => AffiliationRole, { description: 'The role the person will have.' })
  @IsEnum(AffiliationRole)
  role!: AffiliationRole;
}
