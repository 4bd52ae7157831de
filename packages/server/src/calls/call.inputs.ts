import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { TrimmedLength } from '../common/validation.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import { CallQuestionKind } from './call.enums.js';

/** The English copy of a text: optional, as long as the Lithuanian may be; empty or omitted, there is none. */
function EnglishCopy(of: string, maxLength: number): PropertyDecorator {
  const decorators: PropertyDecorator[] = [
    Field(() => String, {
      nullable: true,
      description: `${of} in English; empty or omitted: English readers get the Lithuanian.`,
    }),
    IsOptional(),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters long` }),
  ];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** The largest amount a call may name, in cents: a LAG's whole strategy is a few million euro. */
const maxCents = 100_000_000_00;

@InputType({ description: 'A selection criterion; with `id`, the criterion kept from before (scores refer to it).' })
export class CallCriterionInput {
  @Field(() => ID, { nullable: true, description: 'The criterion kept; omitted for a new one.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a criterion id' })
  id?: string | null;

  @Field(() => String, { description: 'Title.' })
  @TrimmedLength(1, 300)
  title!: string;

  @EnglishCopy('The title', 300)
  titleEn?: string | null;

  @Field(() => String, { description: 'What it looks at and how points are given.' })
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  description!: string;

  @EnglishCopy('The description', 5000)
  descriptionEn?: string | null;

  @Field(() => Int, { description: 'Most points an evaluator may give, 1–1000.' })
  @Min(1, { message: 'must be at least 1' })
  @Max(1000, { message: 'must be at most 1000' })
  maxScore!: number;

  @Field(() => Float, { description: 'Weight of its points in the total, more than 0 and at most 100.' })
  @Min(0.01, { message: 'must be more than 0' })
  @Max(100, { message: 'must be at most 100' })
  weight!: number;
}

@InputType({ description: 'An annex applicants attach; with `id`, the annex kept from before.' })
export class CallAnnexInput {
  @Field(() => ID, { nullable: true, description: 'The annex kept; omitted for a new one.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an annex id' })
  id?: string | null;

  @Field(() => String, { description: 'Title, e.g. “Sąmata”.' })
  @TrimmedLength(1, 300)
  title!: string;

  @EnglishCopy('The title', 300)
  titleEn?: string | null;

  @Field(() => String, { description: 'What it must contain.' })
  @MaxLength(2000, { message: 'must be at most 2000 characters long' })
  description!: string;

  @EnglishCopy('The description', 2000)
  descriptionEn?: string | null;

  @Field(() => Boolean, { description: 'Whether an application cannot be submitted without it.' })
  @IsBoolean()
  required!: boolean;
}

@InputType({ description: 'A question of the call; with `id`, the question kept from before (answers refer to it).' })
export class CallQuestionInput {
  @Field(() => ID, { nullable: true, description: 'The question kept; omitted for a new one.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a question id' })
  id?: string | null;

  @Field(() => String, { description: 'The question.' })
  @TrimmedLength(1, 1000)
  text!: string;

  @EnglishCopy('The question', 1000)
  textEn?: string | null;

  @Field(() => String, { description: 'Guidance for answering.' })
  @MaxLength(2000, { message: 'must be at most 2000 characters long' })
  description!: string;

  @EnglishCopy('The guidance', 2000)
  descriptionEn?: string | null;

  @Field(() => CallQuestionKind, { description: 'The kind of answer.' })
  @IsEnum(CallQuestionKind)
  kind!: CallQuestionKind;

  @Field(() => [String], {
    description: 'The choices: at least two different ones for a single or multiple choice, none otherwise.',
  })
  @ArrayMaxSize(30)
  @MaxLength(300, { each: true, message: 'must be at most 300 characters long each' })
  options!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'The choices in English: one for each of `options`, in the same order, or none (English readers get the Lithuanian).',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(300, { each: true, message: 'must be at most 300 characters long each' })
  optionsEn?: string[] | null;

  @Field(() => Boolean, { description: 'Whether an application cannot be submitted without an answer.' })
  @IsBoolean()
  required!: boolean;
}

@InputType({
  description:
    'A call as the staff form gives it. Lists are replaced whole, in the given order; an item with an id keeps its identity, one without is new, a missing one is removed.',
})
export class CallInput {
  @Field(() => Int, { description: 'The call’s number, e.g. 7; unique, used in URLs.' })
  @Min(1, { message: 'must be at least 1' })
  @Max(9999, { message: 'must be at most 9999' })
  number!: number;

  @Field(() => String, { description: 'Title.' })
  @TrimmedLength(1, 300)
  title!: string;

  @EnglishCopy('The title', 300)
  titleEn?: string | null;

  @Field(() => String, { description: 'The call text, Markdown.' })
  @MaxLength(50000, { message: 'must be at most 50000 characters long' })
  body!: string;

  @EnglishCopy('The call text (Markdown)', 50000)
  bodyEn?: string | null;

  @Field(() => [ID], { description: 'The strategy measures it funds.' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be measure ids' })
  measureIds!: string[];

  @Field(() => Float, { description: 'Total budget in euro cents, more than 0.' })
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(1, { message: 'must be more than 0' })
  @Max(maxCents, { message: 'must be at most 100 million euro' })
  budgetCents!: number;

  @Field(() => Float, { nullable: true, description: 'Least support one project may request, in euro cents.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(0, { message: 'must not be negative' })
  @Max(maxCents, { message: 'must be at most 100 million euro' })
  minSupportCents?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Most support one project may request, in euro cents; at least the least, at most the budget.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(0, { message: 'must not be negative' })
  @Max(maxCents, { message: 'must be at most 100 million euro' })
  maxSupportCents?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest share of eligible costs the support may cover, in percent: more than 0, at most 100.',
  })
  @IsOptional()
  @Min(0.01, { message: 'must be more than 0' })
  @Max(100, { message: 'must be at most 100' })
  maxIntensityPercent?: number | null;

  @Field(() => [OrganisationKind], {
    description: 'Kinds of organisation that may apply besides LAG members; empty: LAG members only.',
  })
  @IsEnum(OrganisationKind, { each: true })
  eligibleKinds!: OrganisationKind[];

  @Field(() => [ID], { description: 'Where the lead organisation must be; empty: the whole territory.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be eldership ids' })
  eldershipIds!: string[];

  @Field(() => Date, { description: 'When applications open.' })
  opensAt!: Date;

  @Field(() => Date, { description: 'When applications close; after they open.' })
  closesAt!: Date;

  @Field(() => [CallCriterionInput], { description: 'The selection criteria, in order.' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  criteria!: CallCriterionInput[];

  @Field(() => [CallAnnexInput], { description: 'The annexes, in order.' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  annexes!: CallAnnexInput[];

  @Field(() => [CallQuestionInput], { description: 'The call’s own questions, in order.' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  questions!: CallQuestionInput[];
}

/** Arguments of the mutations that take a whole call: field problems are named `input.title`, `input.criteria.2.maxScore`. */
@ArgsType()
export class CreateCallArgs {
  @Field(() => CallInput, { description: 'The new call.' })
  @ValidateNested()
  input!: CallInput;
}

@ArgsType()
export class UpdateCallArgs {
  @Field(() => ID, { description: 'The call.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you edited; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => CallInput, { description: 'The call as it should be.' })
  @ValidateNested()
  input!: CallInput;

  @Field(() => String, {
    nullable: true,
    description: 'Why a published call changes; required then, shown to applicants with the amendment.',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'must be at most 2000 characters long' })
  reason?: string | null;
}
