import { Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { maxPageSize, type Connection } from '../common/pagination.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import type { RequestScope } from '../request-scope.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';
import { NotificationService } from './notification.service.js';
import { Notification, NotificationConnection, NotificationPreference, Unsubscription } from './notification.types.js';
import { watchUnreadCount } from './watch-unread-count.js';

@ArgsType()
class NotificationPageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to return, 1–${maxPageSize}.` })
  @Min(1, { message: 'must be at least 1' })
  @Max(maxPageSize, { message: `must be at most ${maxPageSize}` })
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: 'Return the notifications after this cursor (`pageInfo.endCursor`).',
  })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only those not read yet.' })
  unreadOnly: boolean = false;
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly scope: RequestScope) {}

  private get service() {
    return this.scope.get(NotificationService);
  }

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first (signed-in only)." })
  notifications(@Args(() => NotificationPageArgs) page: NotificationPageArgs): Promise<Connection<Notification>> {
    return this.service.list(page);
  }

  @Query(() => Int, {
    name: 'unreadNotificationCount',
    description: "How many of the viewer's notifications are unread (signed-in only).",
  })
  unreadNotificationCount(): Promise<number> {
    return this.service.unreadCount();
  }

  @Query(() => [NotificationPreference], {
    description: "The viewer's choice per kind that applies to them (staff kinds only for staff), defaults included.",
  })
  notificationPreferences(): Promise<NotificationPreference[]> {
    return this.service.preferences();
  }

  @Query(() => Unsubscription, {
    nullable: true,
    description:
      "What the unsubscribe link's token stops; null when the token is unknown. Anyone may ask (the token is the right).",
  })
  unsubscription(
    @Arg('token', () => String, { description: 'The token of the link in the e-mail.' }) token: string,
  ): Promise<Unsubscription | null> {
    return this.service.unsubscription(token);
  }

  @Mutation(() => Notification, {
    description: "Marks one of the viewer's notifications read; another's is NOT_FOUND.",
  })
  markNotificationRead(@Arg('id', () => ID, { description: 'The notification.' }) id: string): Promise<Notification> {
    return this.service.markRead(id);
  }

  @Mutation(() => Int, {
    description: 'Marks every notification of the viewer read; answers the unread count now (0).',
  })
  markAllNotificationsRead(): Promise<number> {
    return this.service.markAllRead();
  }

  @Mutation(() => NotificationPreference, {
    description: 'Sets how one kind of notification reaches the viewer (staff kinds: staff only).',
  })
  setNotificationPreference(
    @Arg('kind', () => NotificationKind, { description: 'The kind.' }) kind: NotificationKind,
    @Arg('delivery', () => NotificationDelivery, { description: 'How it should reach the viewer.' })
    delivery: NotificationDelivery,
  ): Promise<NotificationPreference> {
    return this.service.setPreference(kind, delivery);
  }

  @Mutation(() => Initiative, { description: 'Follow an initiative the viewer may see: its new comments notify them.' })
  followInitiative(
    @Arg('initiativeId', () => ID, { description: 'The initiative.' }) initiativeId: string,
  ): Promise<InitiativeView> {
    return this.service.follow(initiativeId);
  }

  @Mutation(() => Initiative, {
    description: 'Stop following an initiative: its new comments no longer notify the viewer.',
  })
  unfollowInitiative(
    @Arg('initiativeId', () => ID, { description: 'The initiative.' }) initiativeId: string,
  ): Promise<InitiativeView> {
    return this.service.unfollow(initiativeId);
  }

  @Mutation(() => Unsubscription, {
    description:
      "Stops what the unsubscribe link's token names (kind -> IN_APP; digest -> its kinds to IN_APP). Anyone with the token.",
  })
  unsubscribe(
    @Arg('token', () => String, { description: 'The token of the link in the e-mail.' }) token: string,
  ): Promise<Unsubscription> {
    return this.service.unsubscribe(token);
  }

  @Subscription(() => Int, {
    name: 'unreadNotificationCount',
    description: "The viewer's unread count: at once when subscribed, then each time it changes (signed-in only).",
    subscribe: ({ context }: SubscribeResolverData<unknown, unknown, RequestScope>) => watchUnreadCount(context),
  })
  unreadNotificationCountChanged(@Root() _event: { userId: string }, @Ctx() context: RequestScope): Promise<number> {
    return context.get(NotificationService).unreadCount();
  }
}

/** `Initiative.viewerFollows`, beside the rest of following. */
@Resolver(() => Initiative)
export class InitiativeFollowResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Boolean, { description: 'Whether the viewer follows it (false for visitors).' })
  viewerFollows(@Root() initiative: Pick<Initiative, 'id'>): boolean | Promise<boolean> {
    return this.scope.get(NotificationService).viewerFollows(initiative);
  }
}
