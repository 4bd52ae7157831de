import { ArgsType, Field, ID } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/** One record by its id or by its slug (the address a page shows). */
@ArgsType()
export class IdOrSlugArgs {
  @Field(() => ID, { nullable: true, description: 'Its id.' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'Its slug.' })
  slug?: string;
}

export type IdOrSlug = { id: string } | { slug: string };

/**
 * The lookup the arguments ask for: exactly one of the two. (Said here rather than as a
 * class-validator rule, which type-graphql skips when both are missing.)
 */
export function idOrSlug({ id, slug }: IdOrSlugArgs): IdOrSlug {
  if (!id === !slug) throw BadUserInputError.field('id', 'ID_OR_SLUG', 'give either id or slug');
  return id ? { id } : { slug: slug! };
}
