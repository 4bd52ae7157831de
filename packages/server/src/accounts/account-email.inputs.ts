import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { passwordRule } from './account.inputs.js';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field(() => String, { description: 'The e-mail address of the account.' })
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String, { description: 'The token from the link in the mail.' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: `The new password, ${passwordRule.min}–${passwordRule.max} characters.` })
  @IsString()
  @Length(passwordRule.min, passwordRule.max, {
    message: `must be ${passwordRule.min} to ${passwordRule.max} characters long`,
  })
  newPassword!: string;
}

@ArgsType()
export class VerifyEmailArgs {
  @Field(() => String, { description: 'The token from the link in the mail.' })
  @IsString()
  @MaxLength(100)
  token!: string;
}

@ArgsType()
export class ChangeEmailArgs {
  @Field(() => String, { description: 'The new e-mail address; it replaces the current one once confirmed.' })
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  newEmail!: string;

  @Field(() => String, { description: 'The current password.' })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;
}
