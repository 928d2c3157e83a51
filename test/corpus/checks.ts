/** Checks every corpus case shares: no formula from data, hostile text kept as values, the input untouched. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Host } from '../../local/host';

/** Our only formulas: HYPERLINKs to a range of the records sheet, with a count. */
export const OUR_LINK = /^=HYPERLINK\("#gid=\d+&range=A\d+:H\d+",\d+\)$/;
/** The same link as saved to .xlsx (an internal link to the records tab). */
export const OUR_SAVED_LINK = /^HYPERLINK\("#'[^']+'!A\d+:H\d+",\d+\)$/;

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every formula in every sheet of the host that is not one of our links. */
export function foreignFormulas(host: Host): string[] {
  const out: string[] = [];
  for (const sheet of host.spreadsheet.sheets)
    for (const f of sheet.formulas.values())
      if (!OUR_LINK.test(f)) out.push(`${sheet.name}: ${f.slice(0, 80)}`);
  return out;
}

/** Every formula cell of a saved workbook that is not one of our links. */
export async function foreignSavedFormulas(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const f = cell.formula ?? '';
        if (!OUR_SAVED_LINK.test(f)) out.push(`${ws.name}!${cell.address}: ${f.slice(0, 80)}`);
      }),
    ),
  );
  return out;
}

/** Sheets (other than those listed) on which `text` appears as a whole cell value. */
export function sheetsShowing(host: Host, text: string, except: string[] = []): string[] {
  return host
    .sheetNames()
    .filter((n) => !except.includes(n))
    .filter((n) => host.values(n).some((row) => row.some((v) => v === text)));
}

/** All strings inside a JSON-like value. */
export function stringsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsIn(x, out));
  else if (typeof v === 'object' && v !== null) Object.values(v).forEach((x) => stringsIn(x, out));
  return out;
}

export const STACK_LINE = /^\s+at\s/m;
