import os from 'node:os';
import { parseArgs } from 'node:util';
import { cleanUp, cleanUpOnSignals } from './read-path/cleanup.js';
import { baseCounts, benchDatabase, growDataSet } from './read-path/database.js';
import { ask, cpuPerRequest, underLoad } from './read-path/load.js';
import { pageTargets } from './read-path/page-targets.js';
import { benchPages, type Page } from './read-path/pages.js';
import { rssMiB } from './read-path/process-stats.js';
import { markdownReport, type PageMeasures, type ScaleMeasures, type ServerMeasures } from './read-path/report.js';
import { compareAnswers } from './read-path/same-answer.js';
import { startHandWritten, startTelka, type RunningServer } from './read-path/servers.js';
import { countStatements } from './read-path/statement-count.js';

/**
 * Issue 8's read-path benchmark: Telka (the built server) against a hand-written server that
 * answers the same JSON with one SQL statement per page, back to back on the same data, for the
 * directory, the initiatives list, an initiative with its first threads, and search. Prints a
 * Markdown report (stdout; progress on stderr) for docs/benchmarks.md. Build the server first
 * (`pnpm bench` at the root does). Usage:
 *   pnpm --filter @telka/server bench -- [--scale 1,100] [--seconds 10] [--cpu-requests 1000] [--search bendruomene]
 *     [--require-same-answers]   (exits with 1 when the servers answer a page differently: CI)
 * BENCH_DATABASE_URL: use that (empty) database instead of a fresh embedded PostgreSQL.
 */
// `pnpm bench -- --scale 1,10` hands the separator on; it is not an argument.
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
const { values } = parseArgs({
  args,
  options: {
    scale: { type: 'string', default: '1,100' },
    seconds: { type: 'string', default: '10' },
    'cpu-requests': { type: 'string', default: '1000' },
    search: { type: 'string', default: 'bendruomene' },
    'require-same-answers': { type: 'boolean', default: false },
  },
});
const scales = values.scale.split(',').map(Number);
if (!scales.every((s, i) => Number.isInteger(s) && s >= 1 && s > (scales[i - 1] ?? 0))) {
  throw new Error('--scale takes whole numbers ≥ 1, ascending, e.g. 1,10');
}
const seconds = Number(values.seconds);
const cpuRequests = Number(values['cpu-requests']);
const cpuLimits = { count: cpuRequests, seconds };
/** The least a request can ask: what Telka spends on every request before its page's own work. */
const floorRequest = { operationName: 'Floor', query: 'query Floor { __typename }', variables: {} };
const progress = (message: string) => console.error(`bench: ${message}`);

cleanUpOnSignals();
const startedAt = new Date();
const loadAverageAtStart = os.loadavg();
try {
  const database = await benchDatabase();
  progress(database.embedded ? 'fresh embedded PostgreSQL is up' : 'using BENCH_DATABASE_URL');
  const measured: ScaleMeasures[] = [];
  let filledScale = 0;
  for (const scale of scales) {
    progress(`filling the data set to ${scale}×…`);
    const fill = await growDataSet(database.url, filledScale, scale, (message) => progress(`  ${message}`));
    filledScale = scale;
    const pages = await benchPages(await pageTargets(database.url, values.search));
    progress(`counting SQL statements at page sizes 10 and 100…`);
    const statements = await countStatements(database.url, pages);
    const telka = await startTelka(database.url);
    const handWritten = await startHandWritten(database.url);
    const results: PageMeasures[] = [];
    for (const page of pages) {
      progress(`${scale}×, ${page.title}…`);
      const sameAnswer = compareAnswers(await ask(telka.url, page.request), await ask(handWritten.url, page.request));
      const { telkaLoads, handWrittenLoads } = await underLoads(telka, handWritten, page);
      const [telkaCpu, handWrittenCpu] = await cpuPerRequest([telka, handWritten], page.request, cpuLimits);
      results.push({
        title: page.title,
        telka: { ...telkaLoads, cpuMsPerRequest: telkaCpu!, rssMiB: await rssMiB(telka.pid) },
        handWritten: { ...handWrittenLoads, cpuMsPerRequest: handWrittenCpu!, rssMiB: await rssMiB(handWritten.pid) },
        statements: statements.get(page)!,
        sameAnswer,
      });
    }
    const [telkaFloorCpuMs] = await cpuPerRequest([telka], floorRequest, cpuLimits);
    await telka.stop();
    await handWritten.stop();
    const count = (n: number) => (n * scale).toLocaleString('en');
    measured.push({
      scale,
      dataSet:
        `${count(baseCounts.organisations)} organisations, ${count(baseCounts.users)} users, ` +
        `${count(baseCounts.initiatives)} initiatives, ${count(baseCounts.comments)} comments ` +
        `(synthetic, written in ${fill.seconds.toFixed(0)} s)`,
      pages: results,
      telkaFloorCpuMs: telkaFloorCpuMs!,
    });
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
  console.log(
    markdownReport(
      { startedAt, loadAverageAtStart, loadAverageAtEnd: os.loadavg(), machine, seconds, cpuRequests },
      measured,
    ),
  );
  const differing = measured.flatMap(({ scale, pages }) =>
    pages
      .filter((page) => page.sameAnswer.startsWith('differs'))
      .map((page) => `${scale}×, ${page.title}: ${page.sameAnswer}`),
  );
  if (values['require-same-answers'] && differing.length) {
    // The comparison holds only while the hand-written statements answer what the client now asks.
    console.error(
      `bench: the servers answer differently, update bench/read-path/hand-written-sql.ts:\n${differing.join('\n')}`,
    );
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}

type Loads = Pick<ServerMeasures, 'atTen' | 'atFifty'>;

/**
 * Both servers on one page at 10 clients, one after the other, then at 50: each load of one server
 * is next to the same load of the other, so a change in the shared machine's load falls on both.
 */
async function underLoads(
  telka: RunningServer,
  handWritten: RunningServer,
  page: Page,
): Promise<{ telkaLoads: Loads; handWrittenLoads: Loads }> {
  const telkaAtTen = await underLoad(telka.url, page.request, 10, seconds);
  const handWrittenAtTen = await underLoad(handWritten.url, page.request, 10, seconds);
  const telkaAtFifty = await underLoad(telka.url, page.request, 50, seconds);
  const handWrittenAtFifty = await underLoad(handWritten.url, page.request, 50, seconds);
  return {
    telkaLoads: { atTen: telkaAtTen, atFifty: telkaAtFifty },
    handWrittenLoads: { atTen: handWrittenAtTen, atFifty: handWrittenAtFifty },
  };
}
