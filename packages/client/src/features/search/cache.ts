import { embedded, type CacheRules } from '@/lib/cache';

export const searchCache: CacheRules = {
  keys: embedded('SearchHit'),
};
