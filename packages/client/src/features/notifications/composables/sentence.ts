import type { InitiativeStatus, NotificationKind } from '@/gql/graphql';

/** What a notification says, as the server sends it. */
export interface NotificationWords {
  kind: NotificationKind;
  actorName?: string | null;
  subjectTitle: string;
  status?: InitiativeStatus | null;
  organisationName?: string | null;
  excerpt?: string | null;
  /** By when a completion request is to be answered (ISO 8601). */
  dueAt?: string | null;
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** Kinds whose sentence goes on to quote the comment, or the staff's message or reason, when there is an excerpt. */
const quoting = new Set<NotificationKind>([
  'NEW_COMMENT',
  'COMMENT_REPLY',
  'COMMENT_FLAGGED',
  'COMPLETION_REQUESTED',
  'APPLICATION_DECIDED',
]);

/**
 * One sentence in the viewer's language, from the kind and its fields: "Rasa Petraitė
 * pakomentavo „Kaimo šventė“: …". A missing name reads as "someone" rather than a gap; a
 * compliance decision reads by the status it moved the initiative to; `formatDateTime` words a
 * reply-by time.
 */
export function notificationSentence(
  notification: NotificationWords,
  t: Translate,
  formatDateTime: (iso: string | null | undefined) => string = (iso) => iso ?? '',
): string {
  const { kind } = notification;
  const key = kind === 'APPLICATION_DECIDED' ? `${kind}_${notification.status}` : kind;
  const sentence = t(`notifications.sentence.${key}`, {
    actor: notification.actorName || t('notifications.someone'),
    title: notification.subjectTitle,
    status: notification.status ? t(`initiatives.status.${notification.status}`) : '',
    organisation: notification.organisationName || t('notifications.someone'),
    due: formatDateTime(notification.dueAt),
  });
  if (!quoting.has(kind)) return sentence;
  const excerpt = notification.excerpt?.trim();
  return excerpt
    ? t('notifications.withExcerpt', { sentence, excerpt })
    : t('notifications.withoutExcerpt', { sentence });
}
