import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { JSON } from '../common/scalars.js';
import { TrimmedLength } from '../common/validation.js';

@ArgsType()
export class ApplyToCallArgs {
  @Field(() => ID, { description: 'The call, open for applications.' })
  callId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'An initiative of an organisation the viewer represents, a draft or a submitted one; none to start a new draft initiative for the application.',
  })
  initiativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The title of the new initiative (without `initiativeId`).' })
  @IsOptional()
  @TrimmedLength(3, 200)
  title?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation that applies and leads the new initiative, when the viewer represents several; with `initiativeId`, its lead.',
  })
  organisationId?: string | null;
}

@InputType({ description: 'An answer to one of the call’s questions.' })
export class AnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => JSON, {
    nullable: true,
    description:
      'Text (TEXT), a number (NUMBER), one of the options (SINGLE_CHOICE), a list of options (MULTIPLE_CHOICE) or true/false (YES_NO); null, blank text or an empty list clears the answer.',
  })
  value!: unknown;
}

@InputType({ description: 'Changes to an application; omitted fields stay as they are.' })
export class UpdateApplicationInput {
  @Field(() => Float, {
    nullable: true,
    description: 'The project’s eligible costs in euro cents; null clears them.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(0)
  @Max(100_000_000_000)
  eligibleCostsCents?: number | null;

  @Field(() => [AnswerInput], {
    nullable: true,
    description: 'Answers to set, each replacing that question’s answer; questions not listed keep theirs.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  answers?: AnswerInput[];
}

@ArgsType()
export class WithdrawApplicationArgs {
  @Field(() => ID, { description: 'The application.' })
  id!: string;

  @Field(() => Int, { description: 'The version you saw.' })
  version!: number;

  @Field(() => String, { description: 'Why; kept with the application.' })
  @TrimmedLength(3, 2000)
  reason!: string;
}
