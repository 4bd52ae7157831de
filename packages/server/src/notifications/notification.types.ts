import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/pagination.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';

@ObjectType({ description: 'Something that happened which concerns the viewer.' })
export class Notification {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the viewer read it; null while unread.' })
  readAt!: Date | null;

  @Field(() => String, {
    description:
      'The path of the client page it leads to: /initiatives/<slug>, /initiatives/<slug>#comment-<id> for a comment, /staff/partnerships/<slug> for a partnership, /applications/<id> for an application (COMPLETION_REQUESTED, APPLICATION_DECIDED).',
  })
  path!: string;

  @Field(() => String, { nullable: true, description: 'Display name of the person who caused it, when someone did.' })
  actorName!: string | null;

  @Field(() => String, {
    description: "The title of the thing it is about: the initiative's title, or the partnership's, as it was then.",
  })
  subjectTitle!: string;

  @Field(() => InitiativeStatus, {
    nullable: true,
    description:
      'The status moved to (INITIATIVE_STATUS_CHANGED, NEW_SUBMISSION); for APPLICATION_DECIDED the initiative’s: REJECTED when the application was declared ineligible, UNDER_REVIEW when it was passed to evaluation.',
  })
  status!: InitiativeStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The organisation concerned: the invited one (CO_PROPOSAL_INVITATION), the supporter (SUPPORT_RECEIVED).',
  })
  organisationName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The first words, plain text, at most 200 characters: of the comment (NEW_COMMENT, COMMENT_REPLY, COMMENT_FLAGGED, and FLAG_HANDLED when the comment stayed visible), of the staff's reason (INITIATIVE_STATUS_CHANGED, APPLICATION_DECIDED) or of their message (COMPLETION_REQUESTED).",
  })
  excerpt!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'What is missing or unclear, item by item (COMPLETION_REQUESTED).',
  })
  items!: string[] | null;

  @Field(() => Date, { nullable: true, description: 'By when the applicants are to reply (COMPLETION_REQUESTED).' })
  dueAt!: string | null;
}

@ObjectType({ description: 'A notification in a page, with its cursor.' })
export class NotificationEdge {
  @Field(() => Notification, { description: 'The notification.' })
  node!: Notification;

  @Field(() => String, { description: 'Opaque cursor of this notification.' })
  cursor!: string;
}

@ObjectType({ description: "A page of the viewer's notifications, newest first (Relay connection)." })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The notifications of this page.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'How one kind of notification reaches the viewer.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'How it reaches the viewer: their choice, or the default.' })
  delivery!: NotificationDelivery;
}

@ObjectType({ description: 'What an unsubscribe link stops, shown before the person confirms.' })
export class Unsubscription {
  @Field(() => NotificationKind, { nullable: true, description: 'The kind of notification, or null for a digest.' })
  kind!: NotificationKind | null;

  @Field(() => NotificationDelivery, {
    description: "For a digest: DAILY or WEEKLY; otherwise the kind's delivery now.",
  })
  delivery!: NotificationDelivery;

  @Field(() => Boolean, { description: 'Whether it is already stopped: no more e-mail of it.' })
  done!: boolean;
}
