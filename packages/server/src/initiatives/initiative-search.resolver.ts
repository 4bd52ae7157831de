import { MaxLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  Float,
  Info,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { authorize } from '../authorization/policy.js';
import { checkFirst } from '../common/pagination.js';
import { selectedFields } from '../common/selected-fields.js';
import type { RequestScope } from '../request-scope.js';
import type { CommentView } from '../discussion/comment-read.js';
import { Comment } from '../discussion/comment.entity.js';
import type { InitiativeView } from './initiative-read.js';
import { Initiative } from './initiative.entity.js';
import { searchInitiativesAndComments, similarInitiatives, type SearchHitView } from './initiative-search.js';

enum SearchHitKind {
  INITIATIVE = 'INITIATIVE',
  COMMENT = 'COMMENT',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind', description: 'What a search hit is.' });

@ObjectType({ description: 'An initiative or comment matching a search, with a highlighted snippet.' })
class SearchHit {
  @Field(() => SearchHitKind, { description: 'Initiative or comment.' })
  kind!: SearchHitKind;

  @Field(() => Initiative, { description: 'The initiative (for a comment: the one discussed).' })
  initiative!: InitiativeView;

  @Field(() => Comment, { nullable: true, description: 'The comment, for a comment hit.' })
  comment!: CommentView | null;

  @Field(() => String, { description: 'Matching text as HTML: escaped, with the matches in <mark>.' })
  snippet!: string;

  @Field(() => Float, { description: 'Relevance; higher is better.' })
  rank!: number;
}

@ArgsType()
class SearchArgs {
  @Field(() => String, { description: 'Words to find; Lithuanian forms and missing diacritics are fine.' })
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits, 1–100.' })
  first: number = 20;
}

@Resolver()
export class InitiativeSearchResolver {
  @Query(() => [SearchHit], { description: 'Initiatives and comments matching the words, most relevant first.' })
  search(
    @Args(() => SearchArgs) { text, first }: SearchArgs,
    @Ctx() { knex, viewer }: RequestScope,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitView[]> {
    authorize(viewer, 'initiative.read');
    return searchInitiativesAndComments(knex, viewer, text, checkFirst(first), {
      initiative: selectedFields(info, ['initiative']),
      comment: selectedFields(info, ['comment']),
    });
  }

  @Query(() => [Initiative], {
    description: 'Initiatives like a title being typed, to join forces instead of duplicating.',
  })
  similarInitiatives(
    @Arg('title', () => String, { description: 'The title typed so far.' }) title: string,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many, 1–100.' }) first: number,
    @Ctx() { knex, viewer }: RequestScope,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InitiativeView[]> {
    authorize(viewer, 'initiative.read');
    return similarInitiatives(knex, viewer, title, checkFirst(first), selectedFields(info));
  }
}
