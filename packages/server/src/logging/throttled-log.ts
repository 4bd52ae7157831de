import type { Logger } from 'pino';

type Level = 'error' | 'warn' | 'info';

/**
 * A log that writes the first of a run of identical messages, then at most one per `intervalMs`
 * with how many it held back: a database outage under load would otherwise write the same line
 * thousands of times a second.
 */
export function throttledLog(logger: Logger, intervalMs: number) {
  const lastWritten = new Map<string, { at: number; suppressed: number }>();
  return (level: Level, message: string, details: Record<string, unknown> = {}, key = message): void => {
    const now = Date.now();
    const entry = lastWritten.get(key);
    if (entry && now - entry.at < intervalMs) {
      entry.suppressed += 1;
      return;
    }
    const suppressed = entry?.suppressed ?? 0;
    // Bounded, whatever the keys: forgetting early only writes a line more.
    if (lastWritten.size >= 1000) lastWritten.clear();
    lastWritten.set(key, { at: now, suppressed: 0 });
    logger[level](suppressed ? { ...details, suppressed } : details, message);
  };
}
