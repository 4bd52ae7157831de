import { registerEnumType } from 'type-graphql';

export enum NotificationKind {
  INITIATIVE_STATUS_CHANGED = 'INITIATIVE_STATUS_CHANGED',
  NEW_COMMENT = 'NEW_COMMENT',
  COMMENT_REPLY = 'COMMENT_REPLY',
  CO_PROPOSAL_INVITATION = 'CO_PROPOSAL_INVITATION',
  SUPPORT_RECEIVED = 'SUPPORT_RECEIVED',
  FLAG_HANDLED = 'FLAG_HANDLED',
  NEW_SUBMISSION = 'NEW_SUBMISSION',
  COMMENT_FLAGGED = 'COMMENT_FLAGGED',
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  COMPLETION_REQUESTED = 'COMPLETION_REQUESTED',
  APPLICATION_DECIDED = 'APPLICATION_DECIDED',
}

export enum NotificationDelivery {
  IN_APP = 'IN_APP',
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}

/** Kinds only staff receive, and only staff may set. */
export const staffKinds: readonly NotificationKind[] = [
  NotificationKind.NEW_SUBMISSION,
  NotificationKind.COMMENT_FLAGGED,
  NotificationKind.FOLLOW_UP_DUE,
];

/**
 * What a person gets until they choose otherwise: mail at once for what asks something of them
 * (a decision, a reply, an invitation, staff's work), a daily digest for what is only news, and
 * nothing but the bell for the outcome of a flag.
 */
export const defaultDelivery: Record<NotificationKind, NotificationDelivery> = {
  INITIATIVE_STATUS_CHANGED: NotificationDelivery.IMMEDIATE,
  NEW_COMMENT: NotificationDelivery.DAILY,
  COMMENT_REPLY: NotificationDelivery.IMMEDIATE,
  CO_PROPOSAL_INVITATION: NotificationDelivery.IMMEDIATE,
  SUPPORT_RECEIVED: NotificationDelivery.DAILY,
  FLAG_HANDLED: NotificationDelivery.IN_APP,
  NEW_SUBMISSION: NotificationDelivery.IMMEDIATE,
  COMMENT_FLAGGED: NotificationDelivery.IMMEDIATE,
  FOLLOW_UP_DUE: NotificationDelivery.IMMEDIATE,
  COMPLETION_REQUESTED: NotificationDelivery.IMMEDIATE,
  APPLICATION_DECIDED: NotificationDelivery.IMMEDIATE,
};

/** The kinds that apply to a person: staff kinds only for staff. */
export function kindsFor(isStaff: boolean): NotificationKind[] {
  return Object.values(NotificationKind).filter((kind) => isStaff || !staffKinds.includes(kind));
}

/**
 * The SQL of a kind's delivery for a person: their choice, else the default above (`p` is their
 * `notification_preference` row, `kindColumn` the kind's column).
 */
export function deliverySql(kindColumn: string): string {
  const defaults = Object.entries(defaultDelivery)
    .map(([kind, delivery]) => `when '${kind}' then '${delivery}'`)
    .join(' ');
  return `coalesce(p.delivery, case ${kindColumn} ${defaults} end)`;
}

/** The digests: what their unsubscribe links are scoped to. */
export const digestScopes = { DAILY: 'DIGEST_DAILY', WEEKLY: 'DIGEST_WEEKLY' } as const;
export type DigestDelivery = keyof typeof digestScopes;

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    INITIATIVE_STATUS_CHANGED: {
      description: "An initiative of the person's organisation (lead or accepted co-proposer) changed status.",
    },
    NEW_COMMENT: { description: 'A new comment on an initiative the person follows.' },
    COMMENT_REPLY: { description: "A reply to the person's comment." },
    CO_PROPOSAL_INVITATION: { description: "The person's organisation was invited to co-propose an initiative." },
    SUPPORT_RECEIVED: { description: "An initiative the person's organisation leads got support from another." },
    FLAG_HANDLED: { description: 'A comment the person flagged was hidden, or its flags dismissed.' },
    NEW_SUBMISSION: { description: 'Staff: an initiative was submitted.' },
    COMMENT_FLAGGED: { description: 'Staff: a comment was flagged.' },
    FOLLOW_UP_DUE: { description: "Staff: a partnership's follow-up is due today or overdue." },
    COMPLETION_REQUESTED: {
      description:
        "Staff asked to complete an application of the person's organisation (lead or accepted co-proposer) by a date.",
    },
    APPLICATION_DECIDED: {
      description:
        "An application of the person's organisation was declared ineligible (with the reason) or passed to evaluation.",
    },
  },
});

registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a kind of notification reaches a person.',
  valuesConfig: {
    IN_APP: { description: 'Only in Telka.' },
    IMMEDIATE: { description: 'In Telka and by e-mail at once.' },
    DAILY: { description: 'In Telka and in a daily digest e-mail (07:00, Vilnius time).' },
    WEEKLY: { description: 'In Telka and in a weekly digest e-mail (Mondays, 07:00, Vilnius time).' },
    OFF: { description: 'Not at all.' },
  },
});
