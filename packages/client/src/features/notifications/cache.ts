import type { UpdateResolver } from '@urql/exchange-graphcache';
import { UnreadCountQuery } from './composables/unreadCount';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

const writeUnreadCount =
  (field: string): UpdateResolver =>
  (result, _args, cache) => {
    const count = result[field];
    if (typeof count === 'number')
      cache.updateQuery({ query: UnreadCountQuery }, () => ({ unreadNotificationCount: count }));
  };

export const notificationCache: CacheRules = {
  // A preference is the viewer's choice for a kind: keyed by the kind, a saved choice replaces the listed one.
  keys: {
    ...embedded('NotificationConnection', 'NotificationEdge', 'Unsubscription'),
    NotificationPreference: (preference) => String(preference.kind),
  },
  subscriptions: {
    // The bell's count, live (the server sends it at once on subscribing, so also after a reconnect).
    unreadNotificationCount: writeUnreadCount('unreadNotificationCount'),
  },
  mutations: {
    // The count is read again (the live one may be down); the unread-only list loses the item.
    markNotificationRead: (_result, _args, cache) => {
      invalidateQueryField(cache, 'unreadNotificationCount');
      for (const field of cache.inspectFields('Query')) {
        if (field.fieldName === 'notifications' && field.arguments?.unreadOnly) {
          cache.invalidate('Query', field.fieldName, field.arguments);
        }
      }
    },
    markAllNotificationsRead: (result, args, cache, info) => {
      writeUnreadCount('markAllNotificationsRead')(result, args, cache, info);
      invalidateQueryField(cache, 'notifications');
    },
    unsubscribe: (_result, _args, cache) => invalidateQueryField(cache, 'notificationPreferences'),
  },
};
