import {
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';
import { Membership, OrganisationKind, Scope, Sector } from './organisation.enums.js';

const urlOptions = { protocols: ['http', 'https'], require_protocol: true };

/** Fields of an organisation's public profile, shared by create and update. */
@InputType()
abstract class OrganisationProfileFields {
  @Field(() => String, { nullable: true, description: 'Code in the Register of Legal Entities (digits).' })
  @IsOptional()
  @Matches(/^\d{7,12}$/, { message: 'must be 7 to 12 digits' })
  legalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. `LT`.' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be a two-letter country code such as LT' })
  country?: string;

  @Field(() => ID, { nullable: true, description: 'Eldership of a local organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an eldership id' })
  eldershipId?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact e-mail.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone.' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'must be a phone number such as +370 528 00000' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  @IsOptional()
  @MaxLength(300, { message: 'must be at most 300 characters long' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an http(s) URL.' })
  @IsOptional()
  @IsUrl(urlOptions, { message: 'must be a web address starting with http:// or https://' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does (plain text).' })
  @IsOptional()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  description?: string;
  @Field(() => String, {
    nullable: true,
    description: 'What the organisation does, in English (plain text); empty: English pages show the Lithuanian.',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  descriptionEn?: string | null;
}

@InputType({ description: 'A new organisation for the member register (staff).' })
export class CreateOrganisationInput extends OrganisationProfileFields {
  @Field(() => String, { description: 'Full name.' })
  @Length(2, 200, { message: 'must be 2 to 200 characters long' })
  name!: string;

  @Field(() => Sector, { description: 'LEADER sector.' })
  @IsEnum(Sector)
  sector!: Sector;

  @Field(() => OrganisationKind, { description: 'Kind of body.' })
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => Scope, { description: 'Where it acts.' })
  @IsEnum(Scope)
  scope!: Scope;

  @Field(() => Membership, { description: 'Relation to the LAG.' })
  @IsEnum(Membership)
  membership!: Membership;

  @Field(() => LocalDate, { nullable: true, description: 'Since when the membership holds.' })
  @IsOptional()
  memberSince?: string | null;
}

@InputType({ description: 'Changes to an organisation’s profile; omitted fields stay as they are.' })
export class UpdateOrganisationInput extends OrganisationProfileFields {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you edited; a stale one is refused with CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(2, 200, { message: 'must be 2 to 200 characters long' })
  name?: string;

  @Field(() => Sector, { nullable: true, description: 'LEADER sector (staff only).' })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => OrganisationKind, { nullable: true, description: 'Kind of body (staff only).' })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @Field(() => Scope, { nullable: true, description: 'Where it acts (staff only).' })
  @IsOptional()
  @IsEnum(Scope)
  scope?: Scope;
}

@InputType({ description: 'A change of an organisation’s membership of the LAG (staff).' })
export class ChangeMembershipInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  id!: string;

  @Field(() => Membership, { description: 'The new membership status.' })
  @IsEnum(Membership)
  membership!: Membership;

  @Field(() => LocalDate, { nullable: true, description: 'Since when it holds; today if omitted.' })
  @IsOptional()
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Until when (e.g. for FORMER: when membership ended).' })
  @IsOptional()
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: 'Directory filters; all given filters must hold.' })
export class OrganisationFilter {
  @Field(() => [Sector], { nullable: true, description: 'Any of these sectors.' })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  sector?: Sector[];

  @Field(() => [Scope], { nullable: true, description: 'Any of these scopes.' })
  @IsOptional()
  @IsEnum(Scope, { each: true })
  scope?: Scope[];

  @Field(() => [Membership], { nullable: true, description: 'Any of these membership statuses.' })
  @IsOptional()
  @IsEnum(Membership, { each: true })
  membership?: Membership[];

  @Field(() => [String], { nullable: true, description: 'Any of these elderships, by code (e.g. `vievio`).' })
  @IsOptional()
  @Matches(/^[a-z-]{1,40}$/, { each: true, message: 'must be eldership codes' })
  elderships?: string[];

  @Field(() => String, { nullable: true, description: 'Words to find in names and descriptions; diacritics optional.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
