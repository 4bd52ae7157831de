import { IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { TrimmedLength } from '../common/validation.js';
import { MAX_COMMENT_LENGTH } from './comment-body.js';

const commentLength = `must be 1 to ${MAX_COMMENT_LENGTH} characters long`;

@InputType({ description: 'A new comment or reply.' })
export class AddCommentInput {
  @Field(() => ID, { description: 'The initiative discussed.' })
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId!: string;

  @Field(() => ID, { nullable: true, description: 'The comment replied to.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a comment id' })
  parentId?: string | null;

  @Field(() => String, { description: 'Markdown; raw HTML is shown as text.' })
  @Length(1, MAX_COMMENT_LENGTH, { message: commentLength })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Speak for this organisation (one the author represents); omitted: as a person.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  asOrganisationId?: string | null;
}

@ArgsType()
export class EditCommentArgs {
  @Field(() => ID, { description: 'The comment.' })
  id!: string;

  @Field(() => String, { description: 'The new Markdown text.' })
  @Length(1, MAX_COMMENT_LENGTH, { message: commentLength })
  body!: string;
}

@ArgsType()
export class FlagCommentArgs {
  @Field(() => ID, { description: 'The comment.' })
  id!: string;

  @Field(() => String, { description: 'What is wrong with it.' })
  @TrimmedLength(3, 1000)
  reason!: string;
}

@ArgsType()
export class HideCommentArgs {
  @Field(() => ID, { description: 'The comment.' })
  id!: string;

  @Field(() => String, { description: 'Why; shown to readers.' })
  @TrimmedLength(3, 1000)
  reason!: string;
}
