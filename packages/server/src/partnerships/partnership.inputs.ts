import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';
import { Scope } from '../organisations/organisation.enums.js';
import { ActivityKind, PartnershipKind, PartnershipStatus, PartyRole } from './partnership.enums.js';

@InputType({ description: 'An organisation and its part in a partnership.' })
export class PartyInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => PartyRole, { description: 'Its part.' })
  @IsEnum(PartyRole)
  role!: PartyRole;
}

@InputType({ description: 'A contact person of a partnership.' })
export class ContactInput {
  @Field(() => String, { description: 'Name.' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position.' })
  @IsOptional()
  @MaxLength(200)
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the person works for.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string | null;
}

/** Fields shared by create and update; on update, omitted fields stay. */
@InputType()
abstract class PartnershipFields {
  @Field(() => LocalDate, { nullable: true, description: 'When it started.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it ended or ends; not before the start.' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who looks after it.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When to get back to the partner; not in the past.' })
  @IsOptional()
  nextFollowUpOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about, for everyone.' })
  @IsOptional()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  publicDescription?: string;

  @Field(() => String, { nullable: true, description: 'Notes for staff only.' })
  @IsOptional()
  @MaxLength(20000, { message: 'must be at most 20000 characters long' })
  internalNotes?: string;

  @Field(() => [PartyInput], { nullable: true, description: 'The parties; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  parties?: PartyInput[];

  @Field(() => [ContactInput], { nullable: true, description: 'Contact people; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: ContactInput[];

  @Field(() => [ID], { nullable: true, description: 'Related initiatives; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be initiative ids' })
  initiativeIds?: string[];
}

@InputType({ description: 'A new partnership (staff).' })
export class CreatePartnershipInput extends PartnershipFields {
  @Field(() => String, { description: 'Title.' })
  @Length(3, 200, { message: 'must be 3 to 200 characters long' })
  title!: string;

  @Field(() => PartnershipKind, { description: 'Kind of cooperation.' })
  @IsEnum(PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => Scope, { description: 'Local, national or international.' })
  @IsEnum(Scope)
  scope!: Scope;

  @Field(() => PartnershipStatus, { defaultValue: PartnershipStatus.PROSPECT, description: 'Where it stands.' })
  @IsEnum(PartnershipStatus)
  status: PartnershipStatus = PartnershipStatus.PROSPECT;
}

@InputType({ description: 'Changes to a partnership (staff); omitted fields stay.' })
export class UpdatePartnershipInput extends PartnershipFields {
  @Field(() => ID, { description: 'The partnership.' })
  @IsUUID('all', { message: 'must be a partnership id' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you edited; a stale one is refused with CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(3, 200, { message: 'must be 3 to 200 characters long' })
  title?: string;

  @Field(() => PartnershipKind, { nullable: true, description: 'Kind of cooperation.' })
  @IsOptional()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;

  @Field(() => Scope, { nullable: true, description: 'Local, national or international.' })
  @IsOptional()
  @IsEnum(Scope)
  scope?: Scope;
}

@InputType({ description: 'A new status for a partnership (staff). Closing sets its end date.' })
export class ChangePartnershipStatusInput {
  @Field(() => ID, { description: 'The partnership.' })
  @IsUUID('all', { message: 'must be a partnership id' })
  id!: string;

  @Field(() => PartnershipStatus, { description: 'The new status; COMPLETED or ENDED close it.' })
  @IsEnum(PartnershipStatus)
  status!: PartnershipStatus;

  @Field(() => LocalDate, { nullable: true, description: 'End date when closing; today if omitted.' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: 'Something that happened with a partner (staff).' })
export class LogActivityInput {
  @Field(() => ID, { description: 'The partnership.' })
  @IsUUID('all', { message: 'must be a partnership id' })
  partnershipId!: string;

  @Field(() => ActivityKind, { description: 'Meeting, call, letter, agreement signed or note.' })
  @IsEnum(ActivityKind)
  kind!: ActivityKind;

  @Field(() => LocalDate, { description: 'When it happened; not in the future.' })
  occurredOn!: string;

  @Field(() => String, { description: 'What happened and what was agreed.' })
  @Length(1, 5000, { message: 'must be 1 to 5000 characters long' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Who took part.' })
  @IsOptional()
  @MaxLength(1000)
  peoplePresent?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Sets the next follow-up in the same step; not in the past.' })
  @IsOptional()
  nextFollowUpOn?: string | null;
}

@InputType({ description: 'Corrections to a logged activity (staff); omitted fields stay.' })
export class UpdateActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsUUID('all', { message: 'must be an activity id' })
  id!: string;

  @Field(() => ActivityKind, { nullable: true, description: 'Kind.' })
  @IsOptional()
  @IsEnum(ActivityKind)
  kind?: ActivityKind;

  @Field(() => LocalDate, { nullable: true, description: 'When it happened; not in the future.' })
  @IsOptional()
  occurredOn?: string;

  @Field(() => String, { nullable: true, description: 'What happened.' })
  @IsOptional()
  @Length(1, 5000, { message: 'must be 1 to 5000 characters long' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Who took part.' })
  @IsOptional()
  @MaxLength(1000)
  peoplePresent?: string;
}

@InputType({ description: 'Partnership filters; all given filters must hold.' })
export class PartnershipFilter {
  @Field(() => [Scope], { nullable: true, description: 'Any of these scopes.' })
  @IsOptional()
  @IsEnum(Scope, { each: true })
  scope?: Scope[];

  @Field(() => [PartnershipKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @IsEnum(PartnershipKind, { each: true })
  kind?: PartnershipKind[];

  @Field(() => [PartnershipStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsEnum(PartnershipStatus, { each: true })
  status?: PartnershipStatus[];

  @Field(() => String, { nullable: true, description: 'A party from this country (ISO code, e.g. `LV`).' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be a two-letter country code such as LV' })
  country?: string;

  @Field(() => ID, { nullable: true, description: 'Looked after by this staff member (staff only).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: 'With this organisation as a party.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Follow-up due on or before this date (staff only).' })
  @IsOptional()
  followUpDueBefore?: string;

  @Field(() => String, { nullable: true, description: 'Words in the title or public description.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
