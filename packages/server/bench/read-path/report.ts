import type { LoadResult } from './load.js';
import type { StatementCounts } from './statement-count.js';

export type ServerMeasures = { atTen: LoadResult; atFifty: LoadResult; cpuMsPerRequest: number; rssMiB: number };

export type PageMeasures = {
  title: string;
  telka: ServerMeasures;
  handWritten: ServerMeasures;
  statements: StatementCounts;
  /** Whether both servers answered the same JSON (same-answer.ts). */
  sameAnswer: string;
};

export type ScaleMeasures = {
  scale: number;
  dataSet: string;
  pages: PageMeasures[];
  /** Telka's Node CPU for `{ __typename }`, after the pages: what any request costs before its page. */
  telkaFloorCpuMs: number;
};

export type RunFacts = {
  startedAt: Date;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  machine: string;
  seconds: number;
  cpuRequests: number;
};

const targets = {
  throughputRatio: 0.5,
  cpuRatio: 3,
  p99Growth: 1.5,
};

const fixed = (value: number, digits = 1) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const loadAverage = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
/** No answer within the run (a search slower than the run is long): no latency to show. */
const latency = (result: LoadResult) =>
  result.requestsPerSecond === 0 ? '–' : `${fixed(result.p50Ms, 0)} / ${fixed(result.p99Ms, 0)}`;

/** The run as Markdown, ready for docs/benchmarks.md. */
export function markdownReport(facts: RunFacts, scales: ScaleMeasures[]): string {
  const lines: string[] = [];
  lines.push(
    `Run ${facts.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${facts.machine}; load average ` +
      `(1 / 5 / 15 min) ${loadAverage(facts.loadAverageAtStart)} at the start, ${loadAverage(facts.loadAverageAtEnd)} at the end. ` +
      `Each load runs ${facts.seconds} s; CPU per request over ${facts.cpuRequests} requests one at a time (or as many as fit in ${facts.seconds} s), Telka and the hand-written server taking turns in 5 rounds.`,
  );
  for (const scale of scales) {
    lines.push('', `### ${scale.scale}× data: ${scale.dataSet}`, '');
    lines.push(
      '| page | server | req/s, 10 clients | p50 / p99 ms, 10 | req/s, 50 clients | p50 / p99 ms, 50 | errors, 50 | Node CPU ms / request | SQL statements, page of 10 / 100 | RSS MiB |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const page of scale.pages) {
      for (const [server, m] of [
        ['Telka', page.telka],
        ['hand-written', page.handWritten],
      ] as const) {
        const statements =
          server === 'Telka' ? `${page.statements.atTen} / ${page.statements.atHundred}` : '1 / 1 (by design)';
        lines.push(
          `| ${page.title} | ${server} | ${fixed(m.atTen.requestsPerSecond)} | ${latency(m.atTen)} | ` +
            `${fixed(m.atFifty.requestsPerSecond)} | ${latency(m.atFifty)} | ${m.atFifty.errors} | ` +
            `${fixed(m.cpuMsPerRequest, 2)} | ${statements} | ${fixed(m.rssMiB, 0)} |`,
        );
      }
    }
    lines.push(
      '',
      `Telka's floor: \`{ __typename }\`, measured as the pages are after them, costs ${fixed(scale.telkaFloorCpuMs, 2)} ms ` +
        `of Node CPU per request (HTTP, the admission gate, Apollo's pipeline, the request scope, no SQL).`,
    );
    lines.push('', 'Same JSON from both servers:');
    for (const page of scale.pages) lines.push(`- ${page.title}: ${page.sameAnswer}`);
  }
  lines.push('', ...targetTable(scales));
  return lines.join('\n');
}

/** Issue 8's targets, as ratios from this run, for every scale measured (joined by " / "). */
function targetTable(scales: ScaleMeasures[]): string[] {
  const scaleNames = scales.map((s) => `${s.scale}×`).join(' / ');
  const smallest = scales[0]!;
  const largest = scales.at(-1)!;
  const lines = [
    `### Targets (values at ${scaleNames})`,
    '',
    `| page | Telka / hand-written req/s at 10 clients (≥ ${targets.throughputRatio}) | Node CPU per request, Telka / hand-written (≤ ${targets.cpuRatio}×) | statements at 10 = at 100 | p99 at ${largest.scale}× / p99 at ${smallest.scale}×, 10 clients (≤ ${targets.p99Growth}) | errors at 50 clients (0) |`,
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (let index = 0; index < smallest.pages.length; index++) {
    const at = scales.map((scale) => scale.pages[index]!);
    const throughput = at.map((p) => p.telka.atTen.requestsPerSecond / p.handWritten.atTen.requestsPerSecond);
    const cpu = at.map((p) => p.telka.cpuMsPerRequest / p.handWritten.cpuMsPerRequest);
    const statementsEqual = at.every((p) => p.statements.atTen === p.statements.atHundred);
    const errors = at.map((p) => p.telka.atFifty.errors);
    const growth =
      scales.length > 1
        ? (() => {
            const ratio = at.at(-1)!.telka.atTen.p99Ms / at[0]!.telka.atTen.p99Ms;
            return `${fixed(ratio, 2)} — ${met(ratio <= targets.p99Growth)}`;
          })()
        : 'not measured (one scale)';
    lines.push(
      `| ${at[0]!.title} | ${throughput.map((r) => fixed(r, 3)).join(' / ')} — ${met(throughput.every((r) => r >= targets.throughputRatio))} | ` +
        `${cpu.map((r) => fixed(r, 1)).join(' / ')} — ${met(cpu.every((r) => r <= targets.cpuRatio))} | ` +
        `${at.map((p) => `${p.statements.atTen} vs ${p.statements.atHundred}`).join(' / ')} — ${met(statementsEqual)} | ` +
        `${growth} | ${errors.join(' / ')} — ${met(errors.every((e) => e === 0))} |`,
    );
  }
  return lines;
}
