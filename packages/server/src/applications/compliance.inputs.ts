import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { TrimmedLength } from '../common/validation.js';
import { ComplianceResult } from './application.enums.js';

@ArgsType()
export class RecordComplianceCheckArgs {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID('all', { message: 'must be an application id' })
  applicationId!: string;

  @Field(() => String, { description: 'The checklist item’s key (see `ComplianceCheck.item`).' })
  @MaxLength(100)
  item!: string;

  @Field(() => ComplianceResult, { description: 'The finding.' })
  @IsEnum(ComplianceResult)
  result!: ComplianceResult;

  @Field(() => String, { defaultValue: '', description: 'What staff found, for the record; optional.' })
  @MaxLength(2000)
  note!: string;
}

@ArgsType()
export class RequestCompletionArgs {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID('all', { message: 'must be an application id' })
  applicationId!: string;

  @Field(() => Int, { description: 'The application’s version the staff member saw.' })
  version!: number;

  @Field(() => [String], { description: 'What is missing or unclear, one item each (1 to 20).' })
  @ArrayMinSize(1, { message: 'name at least one thing to complete' })
  @ArrayMaxSize(20)
  @TrimmedLength(3, 1000, { each: true })
  items!: string[];

  @Field(() => String, { defaultValue: '', description: 'A message to the applicants; optional.' })
  @MaxLength(4000)
  message!: string;

  @Field(() => Date, {
    description: 'By when they are to complete and resubmit: in the future, at most 30 days ahead.',
  })
  replyBy!: Date;
}

@ArgsType()
export class DeclareIneligibleArgs {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID('all', { message: 'must be an application id' })
  applicationId!: string;

  @Field(() => Int, { description: 'The application’s version the staff member saw.' })
  version!: number;

  @Field(() => String, { description: 'Why; the applicants see it, and the initiative’s history shows it.' })
  @TrimmedLength(3, 2000)
  reason!: string;
}

@ArgsType()
export class PassToEvaluationArgs {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID('all', { message: 'must be an application id' })
  applicationId!: string;

  @Field(() => Int, { description: 'The application’s version the staff member saw.' })
  version!: number;
}
