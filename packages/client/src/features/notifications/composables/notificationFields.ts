import { graphql } from '@/gql';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    readAt
    path
    actorName
    subjectTitle
    status
    organisationName
    excerpt
    dueAt
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);
