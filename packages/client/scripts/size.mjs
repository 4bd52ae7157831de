// Gzip size of what the home page loads at first: the entry chunk, its static imports and their CSS.
// Lazy routes (dynamic imports) are left out. Fails above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budgetKb = 120;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function read(path) {
  try {
    return readFileSync(join(dist, path));
  } catch {
    console.error(`size: cannot read dist/${path}; run the build first`);
    process.exit(2);
  }
}

const manifest = JSON.parse(read('.vite/manifest.json').toString());
const html = read('index.html').toString();

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('size: no entry in the Vite manifest');
  process.exit(2);
}

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

// Whatever index.html itself references (script, modulepreload, stylesheet) loads first too.
for (const match of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) files.add(match[1]);

const rows = [...files]
  .map((file) => {
    const content = read(file);
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (bytes) => (bytes / 1000).toFixed(2).padStart(8);
const width = Math.max(...rows.map((row) => row.file.length), 10);
console.log(`${'file'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`);
for (const row of rows) console.log(`${row.file.padEnd(width)}  ${kb(row.raw)}  ${kb(row.gzip)}`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const js = rows.filter((row) => row.file.endsWith('.js')).reduce((sum, row) => sum + row.gzip, 0);
console.log(`${'total (JS + CSS)'.padEnd(width)}  ${' '.repeat(8)}  ${kb(total)}`);
console.log(
  `home first load: ${(total / 1000).toFixed(1)} kB gzip (JS ${(js / 1000).toFixed(1)} kB, CSS ${((total - js) / 1000).toFixed(1)} kB); budget ${budgetKb} kB`,
);

if (total > budgetKb * 1000) {
  console.error(`size: over budget by ${((total - budgetKb * 1000) / 1000).toFixed(1)} kB`);
  process.exit(1);
}
