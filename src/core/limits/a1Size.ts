/** The size of a range from its A1 notation ("A1:I100003" → 100,003 rows × 9 columns): one service call. */
export interface GridSize {
  rows: number;
  columns: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** Rows × columns of a range written as `A1`, `A1:I100003` or `'Tab'!A1:B2`; null when it cannot be read. */
export function sizeOfA1(a1: string): GridSize | null {
  const bare = a1.slice(a1.lastIndexOf('!') + 1).toUpperCase();
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(bare);
  if (!m) return null;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}
