import { rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformFile } from '@swc/core';
import { onCleanup } from './cleanup.js';

/**
 * The comparator as plain JavaScript, so it runs on bare Node: the TypeScript hook would add
 * ~140 MiB to its RSS and its start. Transpiles the entry and every module it imports by a
 * relative path into a folder under packages/server/node_modules (so `pg` resolves as usual),
 * keeping their relative places. Returns the compiled entry.
 */
export async function compileHandWrittenServer(serverRoot: string): Promise<string> {
  const outDir = path.join(serverRoot, 'node_modules/.cache', `telka-bench-${process.pid}`);
  await rm(outDir, { recursive: true, force: true });
  onCleanup('the compiled hand-written server', () => rm(outDir, { recursive: true, force: true }));
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  const pending = ['bench/hand-written-server.ts'];
  const done = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const { code } = await transformFile(path.join(serverRoot, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
    });
    const target = path.join(outDir, file.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, code);
    for (const [, specifier] of code.matchAll(/from ['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      pending.push(path.join(path.dirname(file), `${specifier!}.ts`));
    }
  }
  return path.join(outDir, 'bench/hand-written-server.js');
}
