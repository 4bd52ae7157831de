import type { InitiativeStatus, NotificationKind } from '@/gql/graphql';

/** What a notification says, as the server sends it. */
export interface NotificationWords {
  kind: NotificationKind;
  actorName?: string | null;
  subjectTitle: string;
  status?: InitiativeStatus | null;
  organisationName?: string | null;
  excerpt?: string | null;
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** Kinds whose sentence goes on to quote the comment, when there is an excerpt. */
const quoting = new Set<NotificationKind>(['NEW_COMMENT', 'COMMENT_REPLY', 'COMMENT_FLAGGED']);

/**
 * One sentence in the viewer's language, from the kind and its fields: "Rasa Petraitė
 * pakomentavo „Kaimo šventė“: …". A missing name reads as "someone" rather than a gap.
 */
export function notificationSentence(notification: NotificationWords, t: Translate): string {
  const { kind } = notification;
  const sentence = t(`notifications.sentence.${kind}`, {
    actor: notification.actorName || t('notifications.someone'),
    title: notification.subjectTitle,
    status: notification.status ? t(`initiatives.status.${notification.status}`) : '',
    organisation: notification.organisationName || t('notifications.someone'),
  });
  if (!quoting.has(kind)) return sentence;
  const excerpt = notification.excerpt?.trim();
  return excerpt
    ? t('notifications.withExcerpt', { sentence, excerpt })
    : t('notifications.withoutExcerpt', { sentence });
}
