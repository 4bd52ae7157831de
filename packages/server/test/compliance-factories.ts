import { randomInt } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApplicationStatus } from '../src/applications/application.enums.js';

const day = 24 * 60 * 60 * 1000;

/** Calls and applications written straight to the database, for the compliance check's tests. */
export class ComplianceFactory {
  constructor(private readonly orm: MikroORM) {}

  private get knex() {
    return this.orm.em.getKnex();
  }

  /** A published call, open for a month since a week ago. */
  async call(title = 'Bendruomenių erdvės'): Promise<{ id: string; number: number }> {
    const now = Date.now();
    const [call] = await this.knex('call_for_proposals')
      .insert({
        number: randomInt(1000, 2_000_000_000),
        title,
        opens_at: new Date(now - 7 * day),
        closes_at: new Date(now + 23 * day),
        budget_cents: 20_000_000,
        status: 'PUBLISHED',
        published_at: new Date(now - 8 * day),
      })
      .returning(['id', 'number']);
    return call;
  }

  /**
   * An application of `initiativeId` to `callId` in `status`; past the draft, with its first
   * version frozen at `submittedAt`.
   */
  async application(
    callId: string,
    initiativeId: string,
    status: ApplicationStatus,
    submittedAt = new Date(),
  ): Promise<{ id: string; version: number }> {
    const submitted = status === 'DRAFT' ? null : submittedAt;
    const [application] = await this.knex('application')
      .insert({
        call_id: callId,
        initiative_id: initiativeId,
        status,
        first_submitted_at: submitted,
        last_submitted_at: submitted,
      })
      .returning(['id', 'version']);
    if (submitted) {
      await this.knex('application_version').insert({
        application_id: application.id,
        number: 1,
        snapshot: JSON.stringify({ title: 'Pateikta versija' }),
        submitted_at: submitted,
      });
    }
    return application;
  }
}
