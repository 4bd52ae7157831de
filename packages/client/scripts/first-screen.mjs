// How soon a visitor on a slow rural link sees something worth reading: Debian's chromium (the one
// the end-to-end tests drive) opens the home page and an initiative page of the demo data over an
// emulated 400 kbit/s link (both ways) with 400 ms of latency, first in a new browser context (an
// empty cache: a cold visit), then again in the same tab (a repeat visit). "Meaningful
// content" is what the app renders, not the HTML's own placeholder: the home page's h1 inside
// <main id="main">, an initiative's title and body. Each visit is made `--runs` times and the
// median reported, with the first paint, when the first GraphQL request started, when the last
// script arrived, and the requests and bytes received until the content showed.
//
//   node scripts/first-screen.mjs                 starts the built server with the demo data
//   node scripts/first-screen.mjs --url <base>    measures a server that is already running
//   options: --runs 3  --initiative <slug>
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BuiltServerError, startBuiltServer } from './built-server.mjs';

/** The slow link: 400 kbit/s is 50,000 bytes a second. */
const slowLink = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const targetsMs = { home: { cold: 4000, repeat: 2000 }, initiative: { cold: 6000, repeat: 2000 } };
const browserPath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate) => candidate && existsSync(candidate),
);

/** What the app (not index.html's placeholder) shows once the page's content is there. */
const contentSelectors = {
  home: ['#main h1'],
  initiative: ['#main .initiative h1', '#main .initiative .prose'],
};

/** Requests and bytes received (headers included, as CDP counts them) since the last reset. */
function countTraffic(cdp) {
  let requests = 0;
  let fromNetwork = 0;
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', () => (requests += 1));
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    bytes += encodedDataLength;
    if (encodedDataLength > 0) fromNetwork += 1;
  });
  return {
    reset: () => (requests = fromNetwork = bytes = 0),
    read: () => ({ requests, fromNetwork, bytes }),
  };
}

/**
 * In the page, from its first script on: notes (on `window.contentShownAt`, the page's own clock)
 * the first moment every selector matches an element with text. Set up as an init script because
 * the server's Content Security Policy forbids the eval that a polling `waitForFunction` needs.
 */
function noteWhenShown(selectors) {
  const shown = () => selectors.every((selector) => document.querySelector(selector)?.textContent?.trim());
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    window.contentShownAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** One navigation; the times are milliseconds from its start (the page's own clock). */
async function visit(page, traffic, url, selectors) {
  traffic.reset();
  await page.goto(url, { waitUntil: 'commit' });
  for (const selector of selectors) {
    await page.locator(selector).filter({ hasText: /\S/ }).first().waitFor({ timeout: 120_000 });
  }
  const contentMs = await page.evaluate(() => window.contentShownAt);
  const counted = traffic.read();
  const timings = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const graphql = resources.filter((entry) => new URL(entry.name).pathname === '/graphql');
    const scripts = resources.filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
    return {
      firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      firstGraphqlMs: graphql.length ? Math.min(...graphql.map((entry) => entry.startTime)) : null,
      lastScriptMs: scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : null,
    };
  });
  return { contentMs, ...timings, ...counted };
}

/** `runs` cold visits, each followed by a repeat visit in the same tab. */
async function measurePage(browser, url, selectors, runs) {
  const results = { cold: [], repeat: [] };
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ locale: 'lt-LT' });
    const page = await context.newPage();
    await page.addInitScript(noteWhenShown, selectors);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slowLink);
    const traffic = countTraffic(cdp);
    // A new context starts with an empty HTTP cache: that is the cold visit. The cache is left on
    // (disabling it would also stop it keeping what the repeat visit reuses).
    results.cold.push(await visit(page, traffic, url, selectors));
    results.repeat.push(await visit(page, traffic, url, selectors));
    await context.close();
  }
  return results;
}

function median(values) {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function report(measured, runs) {
  const ms = (value) => (value === null ? '–' : Math.round(value).toLocaleString('en-GB'));
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  console.log(
    `Slow link: ${(slowLink.downloadThroughput * 8) / 1000} kbit/s both ways, ${slowLink.latency} ms latency; ` +
      `median of ${runs} runs; load average (1 / 5 / 15 min) ${one} / ${five} / ${fifteen} at the end.\n`,
  );
  console.log(
    '| page | visit | content shown, ms (runs) | target | first paint, ms | first GraphQL request, ms | last script, ms | requests (from network) | kB received |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  let missed = 0;
  for (const [name, results] of Object.entries(measured)) {
    for (const kind of ['cold', 'repeat']) {
      const visits = results[kind];
      const of = (key) => median(visits.map((entry) => entry[key]));
      const content = of('contentMs');
      const target = targetsMs[name][kind];
      if (content > target) missed += 1;
      console.log(
        `| ${name} | ${kind} | ${ms(content)} (${visits.map((entry) => ms(entry.contentMs)).join(', ')}) | ` +
          `≤ ${ms(target)} ${content <= target ? 'met' : 'missed'} | ${ms(of('firstPaintMs'))} | ${ms(of('firstGraphqlMs'))} | ` +
          `${ms(of('lastScriptMs'))} | ${of('requests')} (${of('fromNetwork')}) | ${(of('bytes') / 1000).toFixed(1)} |`,
      );
    }
  }
  return missed;
}

try {
  // `pnpm first-screen -- --runs 5` passes the `--` on.
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      runs: { type: 'string', default: '3' },
      initiative: { type: 'string', default: 'semeliskiu-piliakalnio-pazintinis-takas' },
    },
  });
  if (!browserPath) throw new BuiltServerError('no chromium (set CHROME_PATH)');
  const runs = Number(values.runs);
  const server = values.url ? undefined : await startBuiltServer({ name: 'first-screen', seed: true });
  const base = (values.url ?? server.url).replace(/\/$/, '');
  let browser;
  try {
    // The flags of the end-to-end tests' chromium (packages/e2e/playwright.config.ts).
    browser = await chromium.launch({
      executablePath: browserPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const measured = {
      home: await measurePage(browser, `${base}/`, contentSelectors.home, runs),
      initiative: await measurePage(
        browser,
        `${base}/initiatives/${values.initiative}`,
        contentSelectors.initiative,
        runs,
      ),
    };
    if (report(measured, runs) > 0) process.exitCode = 1;
  } finally {
    await browser?.close();
    await server?.stop();
  }
} catch (error) {
  console.error(`first-screen: ${error instanceof BuiltServerError ? error.message : (error.stack ?? error)}`);
  process.exitCode = 2;
}
