import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Locale } from './account.enums.js';

export const passwordRule = { min: 10, max: 200 } as const;

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Field(() => String, { description: 'E-mail address; used to sign in.' })
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `Password, ${passwordRule.min}–${passwordRule.max} characters.` })
  @IsString()
  @Length(passwordRule.min, passwordRule.max, {
    message: `must be ${passwordRule.min} to ${passwordRule.max} characters long`,
  })
  password!: string;

  @Field(() => String, { description: 'Name shown to others.' })
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters long' })
  displayName!: string;

  @Field(() => Locale, { nullable: true, description: 'Preferred language; Lithuanian by default.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType({ description: 'Credentials.' })
export class SignInInput {
  @Field(() => String, { description: 'E-mail address.' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'A new password for the signed-in person.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @Field(() => String, { description: `The new password, ${passwordRule.min}–${passwordRule.max} characters.` })
  @IsString()
  @Length(passwordRule.min, passwordRule.max, {
    message: `must be ${passwordRule.min} to ${passwordRule.max} characters long`,
  })
  newPassword!: string;
}

@InputType({ description: 'Changes to the signed-in person’s profile; omitted fields stay.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Name shown to others.' })
  @IsOptional()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters long' })
  displayName?: string;

  @Field(() => Locale, { nullable: true, description: 'Preferred interface language.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}
