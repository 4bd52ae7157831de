import { MaxLength } from 'class-validator';
import { Args, ArgsType, Field, Query, Resolver } from 'type-graphql';
import { Requires } from '../authorization/requires.js';
import { renderMarkdown } from './markdown.js';

@ArgsType()
class MarkdownPreviewArgs {
  @Field(() => String, { description: 'The Markdown source as it would be saved (at most 50,000 characters).' })
  @MaxLength(50000, { message: 'must be at most 50000 characters long' })
  source!: string;
}

/** The editors' preview: Markdown shown exactly as the server will store and show it, sanitised. */
@Resolver()
export class MarkdownResolver {
  @Query(() => String, {
    description:
      'Markdown rendered to HTML as a saved initiative body or comment shows it (sanitised), for the editors’ preview; signed-in people only.',
  })
  @Requires('markdown.preview')
  markdownPreview(@Args(() => MarkdownPreviewArgs) { source }: MarkdownPreviewArgs): string {
    return renderMarkdown(source).html;
  }
}
