/**
 * `npm run bench`: seeded synthetic workbooks of 10k, 100k and 1M leads (deals ≈ a third, daily cost rows per
 * paid source, a few manual costs), each measured in a child process with --expose-gc (bench/measureSize.ts),
 * then one Markdown table. Options: `--sizes 10000,100000` and `--runs 5` (runs for sizes under 1M).
 * Budget (issue 3): 100k leads under 1 s for all three reports, engine ÷ baseline ≤ 10, linear growth.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { EXTRA_BENCHES } from './extras';
import type { SizeResult } from './measureSize';
import { growthLines, machineLine, resultTable } from './report';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

const sizes = (option('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const smallRuns = Number(option('--runs') ?? 5);

function runSize(leads: number): SizeResult {
  const runs = leads >= 1_000_000 ? 1 : smallRuns;
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      path.join(__dirname, 'measureSize.ts'),
      String(leads),
      String(runs),
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) {
    throw new Error(`size ${leads} failed (exit ${child.status}):\n${child.stderr}\n${child.stdout}`);
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as SizeResult;
}

function main(): void {
  console.log(machineLine());
  const results: SizeResult[] = [];
  for (const leads of sizes) {
    process.stderr.write(`measuring ${leads.toLocaleString('en-US')} leads…\n`);
    const result = runSize(leads);
    if (result.refusals > 0) console.log(`warning: ${result.refusals} refusal(s) at ${leads} leads`);
    results.push(result);
  }
  console.log('');
  for (const line of resultTable(results)) console.log(line);
  console.log('');
  for (const line of growthLines(results)) console.log(line);
  console.log(
    `Times are medians of ${smallRuns} runs after a warm-up (1 run at 1M); engine = readWorkbook + Ad payback +` +
      ' Traffic influence + Data quality for one month with comparison; baseline = one pass touching every cell.',
  );
  console.log(
    'Memory: data heap = raw 2D arrays; engine heap = heap growth across one engine run before GC; retained =' +
      ' Dataset + models after GC; peak RSS = the child process maximum (generator included).',
  );
  for (const extra of EXTRA_BENCHES) {
    const { ms, note } = extra.run();
    console.log(`${extra.label}: ${ms.toFixed(1)} ms${note ? ` (${note})` : ''}`);
  }
}

main();
