import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity.js';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { Connection } from '../common/pagination.js';
import { hashToken } from '../common/tokens.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import { InitiativeService } from '../initiatives/initiative.service.js';
import type { RequestScope } from '../request-scope.js';
import {
  defaultDelivery,
  digestScopes,
  kindsFor,
  NotificationDelivery,
  NotificationKind,
  staffKinds,
  type DigestDelivery,
} from './notification.enums.js';
import { readNotification, readNotifications, unreadCount } from './notification-read.js';
import type { Notification, NotificationPreference, Unsubscription } from './notification.types.js';
import { follow } from './notify.js';

/** Deliveries that send mail: what an unsubscribe link turns off. */
const mailing: readonly NotificationDelivery[] = [
  NotificationDelivery.IMMEDIATE,
  NotificationDelivery.DAILY,
  NotificationDelivery.WEEKLY,
];

/** What an unsubscribe token names: whose choice, and which kind or digest. */
type UnsubscribeLink = { userId: string; kind: NotificationKind } | { userId: string; digest: DigestDelivery };

/** Every kind's delivery for a person: their choices over the defaults. */
async function deliveriesOf(
  em: EntityManager,
  userId: string,
): Promise<Record<NotificationKind, NotificationDelivery>> {
  const rows = await em.execute<{ kind: NotificationKind; delivery: NotificationDelivery }[]>(
    'select kind, delivery from notification_preference where user_id = ?',
    [userId],
  );
  return { ...defaultDelivery, ...Object.fromEntries(rows.map((row) => [row.kind, row.delivery])) };
}

async function setDeliveries(
  em: EntityManager,
  userId: string,
  kinds: readonly NotificationKind[],
  delivery: NotificationDelivery,
): Promise<void> {
  for (const kind of kinds) {
    await em.execute(
      `insert into notification_preference (user_id, kind, delivery) values (?, ?, ?)
       on conflict (user_id, kind) do update set delivery = excluded.delivery, updated_at = now()`,
      [userId, kind, delivery],
    );
  }
}

/**
 * The viewer's notifications and how they want them; following initiatives; and unsubscribe
 * links, which act for the person the mail was sent to whoever holds them.
 */
export class NotificationService {
  constructor(private readonly scope: RequestScope) {}

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  /** The signed-in viewer's id, after the policy's check of `operation`. */
  private viewerId(operation: 'notification.read' | 'notification.configure' | 'initiative.follow'): string {
    authorize(this.scope.viewer, operation);
    return this.scope.viewer.user!.id;
  }

  list(page: { first: number; after?: string | null; unreadOnly: boolean }): Promise<Connection<Notification>> {
    return readNotifications(this.scope.knex, this.viewerId('notification.read'), page);
  }

  unreadCount(): Promise<number> {
    return unreadCount(this.scope.knex, this.viewerId('notification.read'));
  }

  /** Marks one of the viewer's notifications read; another's is NOT_FOUND, as if it did not exist. */
  async markRead(id: string): Promise<Notification> {
    const userId = this.viewerId('notification.read');
    if (!isUuid(id)) throw new NotFoundError('Notification');
    const changed = await this.writer.write('notification.markRead', async ({ em, audit }) => {
      const rows = await em.execute<{ was_unread: boolean }[]>(
        `update notification n set read_at = coalesce(n.read_at, now())
         from notification earlier where n.id = ? and n.recipient_id = ? and earlier.id = n.id
         returning earlier.read_at is null as was_unread`,
        [id, userId],
      );
      if (!rows.length) throw new NotFoundError('Notification');
      audit(id);
      return rows[0]!.was_unread;
    });
    if (changed) this.announce(userId);
    return (await readNotification(this.scope.knex, userId, id))!;
  }

  /** Marks every notification of the viewer read; answers the unread count after it (0 unless one just arrived). */
  async markAllRead(): Promise<number> {
    const userId = this.viewerId('notification.read');
    const marked = await this.writer.write('user.markNotificationsRead', async ({ em, audit }) => {
      const rows = await em.execute<{ id: string }[]>(
        'update notification set read_at = now() where recipient_id = ? and read_at is null returning id',
        [userId],
      );
      audit(userId, { count: rows.length });
      return rows.length;
    });
    if (marked) this.announce(userId);
    return unreadCount(this.scope.knex, userId);
  }

  /** The viewer's delivery of each kind that applies to them (staff kinds only for staff). */
  async preferences(): Promise<NotificationPreference[]> {
    const userId = this.viewerId('notification.configure');
    const deliveries = await deliveriesOf(this.scope.em, userId);
    return kindsFor(this.scope.viewer.isStaff).map((kind) => ({ kind, delivery: deliveries[kind] }));
  }

  async setPreference(kind: NotificationKind, delivery: NotificationDelivery): Promise<NotificationPreference> {
    const userId = this.viewerId('notification.configure');
    if (staffKinds.includes(kind) && !this.scope.viewer.isStaff)
      throw BadUserInputError.field('kind', 'STAFF_ONLY', 'only staff receive this kind of notification');
    await this.writer.write('user.setNotificationPreference', async ({ em, audit }) => {
      await setDeliveries(em, userId, [kind], delivery);
      audit(userId, { kind, delivery });
    });
    return { kind, delivery };
  }

  /** Follows an initiative the viewer may see; following it again changes nothing. */
  async follow(initiativeId: string): Promise<InitiativeView> {
    const userId = this.viewerId('initiative.follow');
    const initiative = await this.visibleInitiative(initiativeId);
    await this.writer.write('initiative.follow', async ({ em, audit }) => {
      await follow(em, userId, initiative.id);
      audit(initiative.id);
    });
    return initiative;
  }

  async unfollow(initiativeId: string): Promise<InitiativeView> {
    const userId = this.viewerId('initiative.follow');
    const initiative = await this.visibleInitiative(initiativeId);
    await this.writer.write('initiative.unfollow', async ({ em, audit }) => {
      await em.execute('delete from initiative_follow where user_id = ? and initiative_id = ?', [
        userId,
        initiative.id,
      ]);
      audit(initiative.id);
    });
    return initiative;
  }

  /** Whether the viewer follows the initiative; batched over a page of initiatives. */
  viewerFollows(initiative: { id: string }): boolean | Promise<boolean> {
    if (!this.scope.viewer.user) return false;
    return this.followsLoader.load(initiative.id);
  }

  private readonly followsLoader = new DataLoader<string, boolean>(async (initiativeIds) => {
    const rows = (await this.scope
      .knex('initiative_follow')
      .select('initiative_id')
      .where('user_id', this.scope.viewer.user!.id)
      .whereIn('initiative_id', [...initiativeIds])) as { initiative_id: string }[];
    const followed = new Set(rows.map((row) => row.initiative_id));
    return initiativeIds.map((id) => followed.has(id));
  });

  /** What an unsubscribe token stops; null when the token is unknown. Anyone holding it may ask. */
  async unsubscription(token: string): Promise<Unsubscription | null> {
    authorize(this.scope.viewer, 'notification.unsubscribe');
    const link = await this.linkOf(token);
    return link && this.describe(this.scope.em, link);
  }

  /**
   * Stops what the token names for the person it was sent to: the kind's mail (its delivery
   * becomes IN_APP), or the digest (every kind delivered in it becomes IN_APP). Audited as theirs.
   */
  async unsubscribe(token: string): Promise<Unsubscription> {
    authorize(this.scope.viewer, 'notification.unsubscribe');
    const link = await this.linkOf(token);
    if (!link) throw BadUserInputError.field('token', 'UNKNOWN_TOKEN', 'this unsubscribe link is unknown');
    return this.writer.write('user.unsubscribe', async ({ em, audit }) => {
      const deliveries = await deliveriesOf(em, link.userId);
      const kinds =
        'kind' in link
          ? mailing.includes(deliveries[link.kind])
            ? [link.kind]
            : []
          : Object.values(NotificationKind).filter((kind) => deliveries[kind] === link.digest);
      await setDeliveries(em, link.userId, kinds, NotificationDelivery.IN_APP);
      audit(link.userId, { kinds }, em.getReference(User, link.userId));
      return this.describe(em, link);
    });
  }

  private async linkOf(token: string): Promise<UnsubscribeLink | null> {
    const [mail] = await this.scope.em.execute<{ user_id: string; scope: string }[]>(
      `select unsubscribe_user_id as user_id, unsubscribe_scope as scope from outgoing_mail
       where unsubscribe_token_hash = ? and unsubscribe_user_id is not null`,
      [hashToken(token)],
    );
    if (!mail) return null;
    const digest = (Object.keys(digestScopes) as DigestDelivery[]).find((key) => digestScopes[key] === mail.scope);
    if (digest) return { userId: mail.user_id, digest };
    if ((Object.values(NotificationKind) as string[]).includes(mail.scope))
      return { userId: mail.user_id, kind: mail.scope as NotificationKind };
    return null;
  }

  private async describe(em: EntityManager, link: UnsubscribeLink): Promise<Unsubscription> {
    const deliveries = await deliveriesOf(em, link.userId);
    if ('kind' in link) {
      const delivery = deliveries[link.kind];
      return { kind: link.kind, delivery, done: !mailing.includes(delivery) };
    }
    const delivery = NotificationDelivery[link.digest];
    return { kind: null, delivery, done: !Object.values(deliveries).includes(delivery) };
  }

  private async visibleInitiative(id: string): Promise<InitiativeView> {
    const initiative = await this.scope.get(InitiativeService).find({ id });
    if (!initiative) throw new NotFoundError('Initiative');
    return initiative;
  }

  /** The person's open pages hear that their unread count changed. */
  private announce(userId: string): void {
    this.scope.app.pubSub.publish('NOTIFICATIONS_CHANGED', userId, { userId });
  }
}
