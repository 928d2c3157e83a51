/**
 * `npm start` — the main job, locally: runs the built add-on on a workbook and writes the result.
 *   npm start                      the bundled example → out/report.xlsx (builds first if needed)
 *   npm start -- --in IN.xlsx --out OUT.xlsx [--from YYYY-MM-DD --to YYYY-MM-DD] [--locale ru_RU|en_US] [--stats]
 * User errors end with one clear line and a non-zero exit, never a stack trace.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { HostInputError } from './host';
import { runWorkbook, type RunOptions } from './runner';

const ROOT = resolve(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'example.xlsx');
const DEFAULT_OUT = join(ROOT, 'out', 'report.xlsx');
/** The bundled example's data ends in November 2026: its default report is that month. */
const EXAMPLE_PERIOD = { from: '2026-11-01', to: '2026-11-30' };

const USAGE = `Usage: npm start -- [--in IN.xlsx --out OUT.xlsx] [--from YYYY-MM-DD --to YYYY-MM-DD] [--no-compare] [--report all|adPayback|trafficInfluence|dataQuality] [--locale ru_RU|en_US] [--time-zone ZONE] [--stats]`;

class UsageError extends Error {}

interface Flags extends Partial<RunOptions> {
  stats: boolean;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { stats: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value. ${USAGE}`);
      return v;
    };
    if (a === '--in') flags.input = value();
    else if (a === '--out') flags.output = value();
    else if (a === '--from') flags.from = value();
    else if (a === '--to') flags.to = value();
    else if (a === '--locale') {
      const l = value();
      if (!/^[a-z]{2}([_-][A-Za-z]{2})?$/.test(l))
        throw new UsageError(`--locale takes a locale such as ru_RU or en_US, not "${l}".`);
      flags.locale = l;
    } else if (a === '--time-zone') flags.timeZone = value();
    else if (a === '--no-compare') flags.compare = false;
    else if (a === '--report') {
      const r = value();
      if (r !== 'all' && r !== 'adPayback' && r !== 'trafficInfluence' && r !== 'dataQuality') {
        throw new UsageError(`--report takes all, adPayback, trafficInfluence or dataQuality, not "${r}".`);
      }
      flags.report = r;
    } else if (a === '--stats') flags.stats = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`Unknown flag "${a}". ${USAGE}`);
  }
  return flags;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than the sources. */
function buildIfNeeded(): void {
  const code = join(ROOT, 'dist', 'Code.js');
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'sidebar')));
  if (existsSync(code) && statSync(code).mtimeMs >= sources) return;
  console.log('Building dist/ …');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

function money(n: number): string {
  return Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const bundled = flags.input === undefined;
  if (bundled && flags.output !== undefined) throw new UsageError(`--out needs --in. ${USAGE}`);
  const input = flags.input ?? EXAMPLE;
  const output = flags.output ?? (bundled ? DEFAULT_OUT : undefined);
  if (!output) throw new UsageError(`--in needs --out. ${USAGE}`);
  if (!existsSync(input)) throw new HostInputError(`No such file: ${input}`);
  buildIfNeeded();
  mkdirSync(dirname(resolve(output)), { recursive: true });
  const period = bundled && !flags.from && !flags.to ? EXAMPLE_PERIOD : { from: flags.from, to: flags.to };

  const result = await runWorkbook({ ...flags, ...period, input, output });
  for (const alert of result.alerts) console.log(`! ${alert}`);
  if (result.period) console.log(`period: ${result.period}`);
  if (result.summary) {
    const roi =
      result.summary.roi === '' ? 'blank (no paid cost)' : `${(result.summary.roi * 100).toFixed(2)}%`;
    console.log(`paid cost: ${money(result.summary.paidCost)}`);
    console.log(`revenue (paid sources): ${money(result.summary.revenue)}`);
    console.log(`ROI (paid sources): ${roi}`);
  }
  console.log(`written: ${output}`);
  if (flags.stats) {
    console.log(`stats: load ${result.stats.loadMs} ms`);
    console.log(`stats: run ${result.stats.runMs} ms`);
    console.log(`stats: save ${result.stats.saveMs} ms`);
    console.log(`stats: calls ${result.stats.calls}`);
  }
  if (!result.summary && result.alerts.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  if (e instanceof UsageError || e instanceof HostInputError) {
    console.error(`error: ${e.message}`);
    process.exit(2);
  }
  console.error(`error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
});
