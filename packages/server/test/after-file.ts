/**
 * What a test file started and must stop once its tests are done: a test app, a mail sink. Vitest
 * keeps only the `afterAll` hooks a file registers while it is being collected; one registered
 * from a `beforeAll`, where most files call `createTestApp`, is dropped without a word, and each
 * test app's database was left behind on the PostgreSQL it ran against. The setup file
 * (setup-file.ts) runs these after each file, the last started first.
 */
const cleanups: (() => Promise<void>)[] = [];

export function afterFile(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** Runs every cleanup registered so far, each even if one before it failed. */
export async function runAfterFile(): Promise<void> {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: unknown) => failures.push(error));
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length) throw new AggregateError(failures, 'test cleanups failed');
}
