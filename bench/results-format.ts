// The shape of bench/results/latest.json (issue 10): one row per figure, each beside its baseline
// measured in the same run; baseline and ratio are null where there is none.
export interface BenchResult {
  name: string;
  /** null: not measured (yet, or the step failed: see the run's log). */
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function result(name: string, value: number | null, unit: string, baseline: number | null = null): BenchResult {
  const digits = unit === 'ms' || unit === 'MB' ? 1 : 3;
  return {
    name,
    value: value === null || !Number.isFinite(value) ? null : round(value, digits),
    unit,
    baseline: baseline === null || !Number.isFinite(baseline) ? null : round(baseline, digits),
    ratio:
      value !== null && baseline !== null && baseline > 0 && Number.isFinite(value) ? round(value / baseline, 2) : null,
  };
}

export const median = (values: readonly number[]) => percentileOf(values, 50);

/** The nearest-rank percentile (p95 of 20 values is the 19th smallest). */
export function percentileOf(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** The results as a table for the terminal. */
export function formatTable(results: readonly BenchResult[]): string {
  const show = (x: number | null) => (x === null ? '–' : String(x));
  const rows = results.map((r) => [
    r.name,
    r.value === null ? 'not measured' : `${show(r.value)} ${r.unit}`,
    r.baseline === null ? '–' : `${show(r.baseline)} ${r.unit}`,
    r.ratio === null ? '–' : `${r.ratio}×`,
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
