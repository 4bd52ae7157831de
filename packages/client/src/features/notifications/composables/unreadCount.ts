import { graphql } from '@/gql';

/** The viewer's unread count: read by the bell, written by its subscription and the mutations (cache.ts). */
export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const UnreadCountSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCount
  }
`);
