/**
 * Writes examples/example.xlsx from generateWorkbook() defaults (Node only).
 * Usage: npm run example  (= npx tsx examples/write-example.ts [out.xlsx])
 */
import * as path from 'node:path';
import { generateWorkbook } from './generate';
import { tabsToWorkbook } from './xlsx';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, 'example.xlsx'));
  await tabsToWorkbook(generateWorkbook()).xlsx.writeFile(out);
  console.log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
