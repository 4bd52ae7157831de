import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/accounts/user.entity.js';
import { throttledLog } from '../src/logging/throttled-log.js';
import { capturingLogger } from './capturing-logger.js';
import { Factory } from './factories.js';
import { createTestApp, type TestApp } from './test-app.js';

let app: TestApp;
const log = capturingLogger();

beforeAll(async () => {
  app = await createTestApp({}, { logger: log.logger });
});

describe('the log keeps secrets and personal data out', () => {
  it('writes a database error as its SQLSTATE, table and constraint, without the SQL or its values', async () => {
    const existing = await new Factory(app.orm).user();
    const em = app.orm.em.fork();
    em.create(User, { email: existing.email, displayName: 'Dublikatas', passwordHash: 'argon2id-secret-hash' });
    const error = await em.flush().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UniqueConstraintViolationException);

    app.logger.error({ err: error }, 'a database error');
    const line = log.lines().find((entry) => entry.msg === 'a database error');
    const written = JSON.stringify(line);
    expect(written).not.toContain(existing.email);
    expect(written).not.toContain('argon2id-secret-hash');
    expect(written).not.toMatch(/insert into/i);
    expect(line?.err).toMatchObject({ sqlState: '23505', table: 'app_user' });
    expect((line?.err as { constraint?: string }).constraint).toMatch(/email/);
  });

  it('keeps the message and stack of errors that are not the database’s', () => {
    app.logger.error({ err: new TypeError('a plain bug') }, 'a plain error');
    const line = log.lines().find((entry) => entry.msg === 'a plain error');
    expect(line?.err).toMatchObject({ type: 'TypeError', message: 'a plain bug' });
    expect((line?.err as { stack?: string }).stack).toContain('a plain bug');
  });
});

describe('repeated identical errors', () => {
  it('are written once per interval, with how many were held back', async () => {
    const own = capturingLogger();
    const write = throttledLog(own.logger, 50);
    for (let i = 0; i < 100; i += 1) write('warn', 'database unavailable');
    write('warn', 'something else');
    expect(own.lines().map((line) => line.msg)).toEqual(['database unavailable', 'something else']);

    await new Promise((resolve) => setTimeout(resolve, 80));
    write('warn', 'database unavailable');
    expect(own.lines().at(-1)).toMatchObject({ msg: 'database unavailable', suppressed: 99 });
  });
});
