/**
 * `npm run bench`: seeded synthetic workbooks of 10k, 100k and 1M leads (deals ≈ a third, daily cost rows per
 * paid source, a few manual costs), each measured in a child process with --expose-gc (bench/measureSize.ts,
 * bundled by esbuild first), then one Markdown table. Options: `--sizes 10000,100000` and `--runs 9` (timed runs after a cold one, for sizes under 1M).
 * Budget (issue 3): 100k leads under 1 s for all three reports, engine ÷ baseline ≤ 10, linear growth.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { EXTRA_BENCHES } from './extras';
import type { SizeResult } from './measureSize';
import { growthLines, machineLine, resultTable } from './report';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

const sizes = (option('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const smallRuns = Number(option('--runs') ?? 9);

/**
 * measureSize.ts bundled into one file, as the add-on ships (webpack makes one Apps Script file): the children
 * then run plain JavaScript, without tsx's per-module loading and export getters in the measured code.
 */
function bundleMeasureSize(): string {
  const outfile = path.join(os.tmpdir(), `throughline-bench-${process.pid}.cjs`);
  buildSync({
    entryPoints: [path.join(__dirname, 'measureSize.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function runSize(script: string, leads: number): SizeResult {
  // At 1M the cold run is the one counted (see measureSize): a single run, as one execution makes.
  const runs = leads >= 1_000_000 ? 0 : smallRuns;
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', script, String(leads), String(runs)],
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
  const script = bundleMeasureSize();
  try {
    for (const leads of sizes) {
      process.stderr.write(`measuring ${leads.toLocaleString('en-US')} leads…\n`);
      const result = runSize(script, leads);
      if (result.refusals > 0) console.log(`warning: ${result.refusals} refusal(s) at ${leads} leads`);
      results.push(result);
    }
  } finally {
    fs.rmSync(script, { force: true });
  }
  console.log('');
  for (const line of resultTable(results)) console.log(line);
  console.log('');
  for (const line of growthLines(results)) console.log(line);
  console.log(
    `Times are medians of ${smallRuns} runs after a cold first run (at 1M the cold run itself), no forced GC between` +
      ' them; engine = readWorkbook + Ad payback + Traffic influence + Data quality for one month with' +
      ' comparison; baseline = one pass touching every cell (bench/baseline.ts); cold run = the first run in a' +
      ' fresh process, JIT warm-up included, as one Apps Script execution pays it.',
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
