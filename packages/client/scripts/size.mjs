// The home page's first load as the server sends it over the wire: index.html asked for the way a
// browser asks (`Accept-Encoding: br, gzip`), then every JavaScript and CSS file the first load
// needs (the entry, its static imports and their CSS from Vite's manifest, and whatever index.html
// references), summing the bytes actually received. Lazy routes (dynamic imports) are left out.
// Fails above the budget.
//
//   node scripts/size.mjs                 starts the built server (packages/server/dist) on an
//                                         embedded database of its own, measures, stops it
//   node scripts/size.mjs --url <base>    measures a server that is already running
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BuiltServerError, startBuiltServer } from './built-server.mjs';

const budgetKb = 100;
const acceptEncoding = 'br, gzip';
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** A measurement that cannot be made (the server started here is still stopped). */
class SizeError extends Error {}
function fail(message) {
  throw new SizeError(message);
}

/** One GET as a browser makes it; the body as received (compressed) and as decoded. */
function get(url) {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const wire = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'] ?? 'identity';
        const decode = { br: brotliDecompressSync, gzip: gunzipSync, identity: (body) => body }[encoding];
        if (!decode) return reject(new Error(`${url}: unexpected Content-Encoding ${encoding}`));
        resolve({ status: response.statusCode, encoding, wire: wire.length, body: decode(wire) });
      });
    });
    request.on('error', reject);
  });
}

/** The entry chunk, its static imports and their CSS, from the build's own manifest. */
function manifestFiles() {
  const manifestPath = `${dist}.vite/manifest.json`;
  if (!existsSync(manifestPath)) fail('no dist/.vite/manifest.json; run the client build first');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) fail('no entry in the Vite manifest');
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return files;
}

async function measure(base) {
  const page = await get(`${base}/`);
  if (page.status !== 200) fail(`${base}/ answered ${page.status}`);
  const html = page.body.toString();

  const files = manifestFiles();
  // Whatever index.html itself references (script, modulepreload, stylesheet) loads first too.
  for (const match of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) files.add(match[1]);

  const rows = [];
  for (const file of files) {
    const asset = await get(`${base}/${file}`);
    if (asset.status !== 200) fail(`/${file} answered ${asset.status}: is the server serving this build?`);
    rows.push({ file, raw: asset.body.length, encoding: asset.encoding, wire: asset.wire });
  }
  rows.sort((a, b) => b.wire - a.wire);
  return { page: { file: 'index.html', raw: page.body.length, encoding: page.encoding, wire: page.wire }, rows };
}

function report({ page, rows }) {
  const kb = (bytes) => (bytes / 1000).toFixed(2).padStart(8);
  const width = Math.max(...rows.map((row) => row.file.length), 16);
  const line = (row) => `${row.file.padEnd(width)}  ${kb(row.raw)}  ${row.encoding.padStart(8)}  ${kb(row.wire)}`;
  console.log(`${'file'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'encoding'.padStart(8)}  ${'wire kB'.padStart(8)}`);
  for (const row of rows) console.log(line(row));
  const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
  const total = sum(rows, 'wire');
  const js = sum(
    rows.filter((row) => row.file.endsWith('.js')),
    'wire',
  );
  console.log(`${'total (JS + CSS)'.padEnd(width)}  ${kb(sum(rows, 'raw'))}  ${' '.repeat(8)}  ${kb(total)}`);
  console.log(line(page));
  for (const row of [page, ...rows].filter((row) => row.encoding === 'identity')) {
    console.warn(`size: ${row.file} came uncompressed`);
  }
  console.log(
    `home first load over the wire: ${(total / 1000).toFixed(1)} kB of JS and CSS (JS ${(js / 1000).toFixed(1)} kB, ` +
      `CSS ${((total - js) / 1000).toFixed(1)} kB) plus ${(page.wire / 1000).toFixed(1)} kB of HTML; budget ${budgetKb} kB`,
  );
  return total;
}

try {
  // `pnpm size -- --url …` passes the `--` on.
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const { values } = parseArgs({ args, options: { url: { type: 'string' } } });
  // No demo data: the first load needs none.
  const server = values.url ? undefined : await startBuiltServer({ name: 'size' });
  let total;
  try {
    total = report(await measure((values.url ?? server.url).replace(/\/$/, '')));
  } finally {
    await server?.stop();
  }
  if (total > budgetKb * 1000) {
    console.error(`size: over budget by ${((total - budgetKb * 1000) / 1000).toFixed(1)} kB`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`size: ${error instanceof SizeError || error instanceof BuiltServerError ? error.message : error}`);
  process.exitCode = 2;
}
