import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { TrimmedLength } from '../common/validation.js';
import { Sector } from '../organisations/organisation.enums.js';
import { InitiativeStatus } from './initiative.enums.js';

@InputType({ description: 'Initiative filters; all given filters must hold.' })
export class InitiativeFilter {
  @Field(() => [InitiativeStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsEnum(InitiativeStatus, { each: true })
  status?: InitiativeStatus[];

  @Field(() => [String], { nullable: true, description: 'Any of these themes, by code (e.g. `ENVIRONMENT`).' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,40}$/, { each: true, message: 'must be theme codes' })
  themes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Any of these strategy measures.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be measure ids' })
  measureIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Any of these elderships, by code (e.g. `vievio`).' })
  @IsOptional()
  @Matches(/^[a-z-]{1,40}$/, { each: true, message: 'must be eldership codes' })
  elderships?: string[];

  @Field(() => ID, { nullable: true, description: 'Led by this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  leadOrganisationId?: string;

  @Field(() => ID, { nullable: true, description: 'With this organisation invited or accepted as a co-proposer.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  coProposerOrganisationId?: string;

  @Field(() => [Sector], { nullable: true, description: 'Led by an organisation of any of these sectors.' })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  leadSector?: Sector[];

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title, summary or body; Lithuanian forms and missing diacritics are fine.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

/** Fields of a draft, shared by create and update; on update, omitted fields stay. */
@InputType()
abstract class InitiativeDraftFields {
  @Field(() => String, { nullable: true, description: 'One-paragraph summary, plain text.' })
  @IsOptional()
  @MaxLength(1000, { message: 'must be at most 1000 characters long' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'The full proposal, Markdown.' })
  @IsOptional()
  @MaxLength(50000, { message: 'must be at most 50000 characters long' })
  body?: string;

  @Field(() => [String], { nullable: true, description: 'Theme codes; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(8)
  @Matches(/^[A-Z_]{1,40}$/, { each: true, message: 'must be theme codes' })
  themeCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'The strategy measure.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a measure id' })
  measureId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it happens.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an eldership id' })
  eldershipId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Estimated budget in euro cents.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(0, { message: 'must not be negative' })
  @Max(100_000_000_00, { message: 'must be at most 100 million euro' })
  estimatedBudgetCents?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Support requested from the LAG in euro cents; at most the budget.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(0, { message: 'must not be negative' })
  @Max(100_000_000_00, { message: 'must be at most 100 million euro' })
  requestedSupportCents?: number | null;
}

@InputType({ description: 'A new draft, led by an organisation the author represents.' })
export class CreateInitiativeInput extends InitiativeDraftFields {
  @Field(() => ID, { description: 'The lead organisation: one the author represents (a member of the LAG).' })
  @IsUUID('all', { message: 'must be an organisation id' })
  asOrganisationId!: string;

  @Field(() => String, { description: 'Title.' })
  @Length(3, 200, { message: 'must be 3 to 200 characters long' })
  title!: string;
}

@InputType({ description: 'Changes to a draft; needs the version you edited.' })
export class UpdateInitiativeInput extends InitiativeDraftFields {
  @Field(() => ID, { description: 'The initiative.' })
  @IsUUID('all', { message: 'must be an initiative id' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you edited; a stale one is refused with CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(3, 200, { message: 'must be 3 to 200 characters long' })
  title?: string;
}

@InputType({ description: 'A move of an initiative by staff, with the reason shown to everyone.' })
export class TransitionInitiativeInput {
  @Field(() => ID, { description: 'The initiative.' })
  @IsUUID('all', { message: 'must be an initiative id' })
  id!: string;

  @Field(() => InitiativeStatus, { description: 'The new status; only legal moves are accepted.' })
  @IsEnum(InitiativeStatus)
  to!: InitiativeStatus;

  @Field(() => String, { description: 'Why; required.' })
  @TrimmedLength(3, 2000)
  reason!: string;
}

@ArgsType()
export class WithdrawInitiativeArgs {
  @Field(() => ID, { description: 'The initiative.' })
  id!: string;

  @Field(() => String, { description: 'Why; shown in its history.' })
  @TrimmedLength(3, 2000)
  reason!: string;
}

@InputType({ description: 'An organisation’s support for an initiative.' })
export class EndorseInput {
  @Field(() => ID, { description: 'The initiative.' })
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId!: string;

  @Field(() => ID, { description: 'The supporting organisation; one the viewer represents.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => String, { nullable: true, description: 'Why it supports the initiative.' })
  @IsOptional()
  @MaxLength(1000, { message: 'must be at most 1000 characters long' })
  note?: string | null;
}
