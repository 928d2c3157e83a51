/**
 * `npm run docs:images`: pictures of the report sheets for the README. Runs `npm start` (the bundled example),
 * keeps one report sheet per copy of out/report.xlsx, fits it to a landscape page, and renders the first page
 * with LibreOffice (soffice → PDF) and pdftoppm (→ PNG). Needs Debian's libreoffice-calc and poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = resolve(__dirname, '..');
const SHEETS: [string, string][] = [
  ['Окупаемость рекламы', 'report-ad-payback'],
  ['Влияние трафика', 'report-traffic-influence'],
  ['Влияние трафика — записи', 'report-traffic-records'],
  ['Качество данных', 'report-data-quality'],
];

async function main(): Promise<void> {
  execFileSync('npm', ['start', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'throughline-images-'));
  const outDir = join(ROOT, 'docs', 'img');
  mkdirSync(outDir, { recursive: true });
  for (const [sheet, file] of SHEETS) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(ROOT, 'out', 'report.xlsx'));
    for (const ws of [...book.worksheets]) if (ws.name !== sheet) book.removeWorksheet(ws.id);
    const ws = book.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet} in out/report.xlsx`);
    ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
    ws.pageSetup.margins = { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 };
    const xlsx = join(work, `${file}.xlsx`);
    await book.xlsx.writeFile(xlsx);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], {
      stdio: 'ignore',
    });
    execFileSync('pdftoppm', [
      '-png',
      '-singlefile',
      '-r',
      '140',
      '-f',
      '1',
      '-l',
      '1',
      join(work, `${file}.pdf`),
      join(work, file),
    ]);
    renameSync(join(work, `${file}.png`), join(outDir, `${file}.png`));
    console.log(`docs/img/${file}.png`);
  }
}

main().catch((e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
