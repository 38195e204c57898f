// The long-task lines of `npm run bench:browser` (same columns as its other rows): how many tasks over 50 ms
// each 100k-page load has, and which of them are Tanci's by the rule in trace-long-tasks.ts.
import type { LongTask } from './trace-long-tasks';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Wall and CPU side by side: on a busy machine a task can be long in wall time with little CPU. */
const describe = (t: LongTask) =>
  `${t.wall.toFixed(1)} ms (CPU ${t.cpu.toFixed(1)}, Tanci ${(t.tanciScript + t.tanciRender).toFixed(1)} = ` +
  `script ${t.tanciScript.toFixed(1)} + style/layout ${t.tanciRender.toFixed(1)}; ${t.label})`;

/** The longest task of all loads (zero when none was over 50 ms). */
export const longestTask = (loads: LongTask[][]): { wall: number; cpu: number } =>
  loads.flat().reduce((a, t) => (a.wall >= t.wall ? a : t), { wall: 0, cpu: 0 });

export function longTaskRows(without: LongTask[][], withTanci: LongTask[][]): string[] {
  const counts = (loads: LongTask[][]) => loads.map((l) => l.length);
  const all = withTanci.flat().sort((a, b) => b.wall - a.wall);
  const tasks = (label: string, list: LongTask[], budget: string) =>
    `${label.padEnd(44)} ${`${list.length} of ${all.length}`.padStart(21)}   ` +
    `${list.slice(0, 3).map(describe).join(', ') || '—'}${budget}`;
  return [
    `${'100k page: long tasks (> 50 ms) per load'.padEnd(44)} ${String(median(counts(without))).padStart(10)} ` +
      `${String(median(counts(withTanci))).padStart(10)}   (each load: ${counts(without).join(', ')} / ` +
      `${counts(withTanci).join(', ')})`,
    tasks(
      '100k page: long tasks caused by Tanci (trace)',
      all.filter((t) => t.tanci),
      '   budget none',
    ),
    tasks(
      '100k page: long tasks Tanci has a part in',
      all.filter((t) => t.present),
      '',
    ),
  ];
}
