import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { initORM } from './orm.js';
import { seedDemo } from './seed/demo.js';
import { generateSynthetic } from './seed/synthetic.js';

/**
 * Database tasks against DATABASE_URL, or the embedded cluster when it is unset:
 *   migrate                      bring the schema up to date
 *   seed                         migrate, then put the demo data in place (idempotent)
 *   synthetic --organisations N --users N --initiatives N --comments N [--endorsements N]
 *                                migrate, then add a large synthetic data set for benchmarks
 */
const usage =
  'usage: cli.ts migrate | seed | synthetic --organisations N --users N --initiatives N --comments N [--endorsements N]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    organisations: { type: 'string', default: '2000' },
    users: { type: 'string', default: '5000' },
    initiatives: { type: 'string', default: '50000' },
    comments: { type: 'string', default: '1000000' },
    endorsements: { type: 'string' },
  },
});
const command = positionals[0];
if (!command || !['migrate', 'seed', 'synthetic'].includes(command)) {
  console.error(usage);
  process.exit(2);
}

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const database = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, logger });
const orm = await initORM(config.databaseUrl ?? database!.url, logger);
try {
  logger.info('migrations are up to date');
  if (command === 'seed') {
    await seedDemo(orm.em.getKnex());
    logger.info('demo data is in place');
  }
  if (command === 'synthetic') {
    const count = (name: keyof typeof values) => {
      const value = Number(values[name]);
      if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
      return value;
    };
    await generateSynthetic(
      orm.em.getKnex(),
      {
        organisations: count('organisations'),
        users: count('users'),
        initiatives: count('initiatives'),
        comments: count('comments'),
        endorsements: values.endorsements === undefined ? undefined : count('endorsements'),
      },
      (message) => logger.info(message),
    );
  }
} finally {
  await orm.close(true);
  await database?.stop();
}
