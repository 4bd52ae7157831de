import { beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { PlatformRole } from '../accounts/account.enums.js';
import { Viewer } from '../accounts/viewer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RequestScope, type AppDependencies } from '../request-scope.js';
import { Writer } from './writer.js';

let app: TestApp;
let factory: Factory;
let staff: Viewer;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  staff = new Viewer(await factory.user({ role: PlatformRole.STAFF }), []);
});

/** A request's scope as the server makes one: its own EntityManager and viewer. */
function scope(): RequestScope {
  return new RequestScope({ app: { orm: app.orm } as AppDependencies, em: app.orm.em.fork(), viewer: staff });
}

const entriesFor = async (id: string) =>
  app.orm.em.getKnex()('audit_entry').where({ entity_id: id }).select('action', 'entity_type', 'actor_id');
const nameOf = async (id: string) =>
  (await app.orm.em.getKnex()('organisation').where({ id }).first('name')).name as string;

describe('the write path', () => {
  it('commits the change with its audit entry, naming the viewer and the kind of record', async () => {
    const { id } = await factory.organisation({ name: 'Prieš' });
    const request = scope();
    const organisation = await request.em.findOneOrFail(Organisation, { id });
    await request.get(Writer).write('organisation.update', async ({ audit }) => {
      organisation.name = 'Po';
      audit(id, { name: { from: 'Prieš', to: 'Po' } });
    });
    expect(await nameOf(id)).toBe('Po');
    expect(await entriesFor(id)).toEqual([
      { action: 'organisation.update', entity_type: 'organisation', actor_id: staff.user!.id },
    ]);
  });

  it('leaves neither the change nor its entry when the work fails after filing it', async () => {
    const { id } = await factory.organisation({ name: 'Nepaliesta' });
    const request = scope();
    const organisation = await request.em.findOneOrFail(Organisation, { id });
    const failing = request.get(Writer).write('organisation.update', async ({ audit }) => {
      organisation.name = 'Pusiau';
      audit(id);
      throw new Error('the work failed');
    });
    await expect(failing).rejects.toThrow('the work failed');
    expect(await nameOf(id)).toBe('Nepaliesta');
    expect(await entriesFor(id)).toEqual([]);
  });

  it('refuses a write that files no audit entry, and rolls it back', async () => {
    const { id } = await factory.organisation({ name: 'Be pėdsako' });
    const request = scope();
    const organisation = await request.em.findOneOrFail(Organisation, { id });
    const unaudited = request.get(Writer).write('organisation.update', async () => {
      organisation.name = 'Slapta';
    });
    await expect(unaudited).rejects.toThrow('filed no audit entry');
    expect(await nameOf(id)).toBe('Be pėdsako');
  });

  it('answers a change made since the record was read with CONFLICT and the version it has now', async () => {
    const { id } = await factory.organisation({ name: 'Pirmas' });
    const [first, second] = [scope(), scope()];
    const [mine, theirs] = await Promise.all([
      first.em.findOneOrFail(Organisation, { id }),
      second.em.findOneOrFail(Organisation, { id }),
    ]);
    await second.get(Writer).write('organisation.update', async ({ audit }) => {
      theirs.name = 'Antras';
      audit(id);
    });
    const stale = first.get(Writer).write('organisation.update', async ({ audit }) => {
      mine.name = 'Trečias';
      audit(id);
    });
    await expect(stale).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: theirs.version },
    });
    expect(await nameOf(id)).toBe('Antras');
    expect(await entriesFor(id)).toHaveLength(1);
  });

  it('refuses an edit of a version older than the record before doing any work', async () => {
    const { id } = await factory.organisation();
    const request = scope();
    const organisation = await request.em.findOneOrFail(Organisation, { id });
    let worked = false;
    const stale = request.get(Writer).write(
      'organisation.update',
      async ({ audit }) => {
        worked = true;
        audit(id);
      },
      { version: { record: organisation, seen: organisation.version - 1 } },
    );
    await expect(stale).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(worked).toBe(false);
  });

  it('answers a record that is not there with NOT_FOUND naming it', async () => {
    const missing = scope().em.findOneOrFail(Organisation, { id: '00000000-0000-4000-8000-000000000000' });
    await expect(missing).rejects.toMatchObject({
      message: 'Organisation was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
