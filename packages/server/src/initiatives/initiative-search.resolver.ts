import { MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  Float,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { authorize } from '../authorization/policy.js';
import { checkFirst } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Comment } from '../discussion/comment.entity.js';
import { Initiative } from './initiative.entity.js';
import { searchInitiativesAndComments, similarInitiatives } from './initiative-search.js';

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
  initiative!: Initiative;

  @Field(() => Comment, { nullable: true, description: 'The comment, for a comment hit.' })
  comment!: Comment | null;

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
  async search(
    @Args(() => SearchArgs) { text, first }: SearchArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<SearchHit[]> {
    authorize(viewer, 'initiative.read');
    const rows = await searchInitiativesAndComments(em, viewer, text, checkFirst(first));
    const [initiatives, comments] = await Promise.all([
      em.find(Initiative, { id: { $in: rows.map((r) => r.initiative_id) } }, { populate: ['leadOrganisation'] }),
      em.find(
        Comment,
        { id: { $in: rows.flatMap((r) => (r.comment_id ? [r.comment_id] : [])) } },
        { populate: ['author', 'organisation'] },
      ),
    ]);
    return rows.map((row) => ({
      kind: row.kind as SearchHitKind,
      initiative: initiatives.find((i) => i.id === row.initiative_id)!,
      comment: comments.find((c) => c.id === row.comment_id) ?? null,
      snippet: row.snippet,
      rank: Number(row.rank),
    }));
  }

  @Query(() => [Initiative], {
    description: 'Initiatives like a title being typed, to join forces instead of duplicating.',
  })
  async similarInitiatives(
    @Arg('title', () => String, { description: 'The title typed so far.' }) title: string,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many, 1–100.' }) first: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<Initiative[]> {
    authorize(viewer, 'initiative.read');
    const ids = await similarInitiatives(em, viewer, title, checkFirst(first));
    const found = await em.find(Initiative, { id: { $in: ids } }, { populate: ['leadOrganisation'] });
    return ids.map((id) => found.find((i) => i.id === id)!);
  }
}
