import { relayPagination } from '@urql/exchange-graphcache/extras';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

export const discussionCache: CacheRules = {
  keys: embedded('CommentConnection', 'CommentEdge', 'CommentFlagView'),
  resolvers: {
    // "Show more comments" asks for the next page; the pages join into one list.
    Initiative: { comments: relayPagination() },
  },
  mutations: {
    flagComment: (_result, _args, cache) => invalidateQueryField(cache, 'moderationQueue'),
    hideComment: (_result, _args, cache) => invalidateQueryField(cache, 'moderationQueue'),
    dismissCommentFlags: (_result, _args, cache) => invalidateQueryField(cache, 'moderationQueue'),
  },
};
