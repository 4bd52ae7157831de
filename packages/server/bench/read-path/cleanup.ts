/**
 * What the bench started and must undo (child servers, the embedded database, the temporary
 * folder), undone in reverse order on a normal end, on an error and on Ctrl-C alike.
 */
type Undo = () => Promise<void> | void;

const undos: { name: string; undo: Undo }[] = [];
let running: Promise<void> | undefined;

export function onCleanup(name: string, undo: Undo): () => void {
  const entry = { name, undo };
  undos.push(entry);
  return () => {
    const index = undos.indexOf(entry);
    if (index >= 0) undos.splice(index, 1);
  };
}

/** Runs every undo once, newest first; a failing one is reported and the rest still run. */
export function cleanUp(): Promise<void> {
  running ??= (async () => {
    while (undos.length) {
      const { name, undo } = undos.pop()!;
      try {
        await undo();
      } catch (error) {
        console.error(`bench: cleaning up ${name} failed:`, error);
      }
    }
  })();
  return running;
}

/** Ctrl-C or a kill: clean up, then exit as the signal would have. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, stopping what it started…`);
      void cleanUp().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)));
    });
  }
}
