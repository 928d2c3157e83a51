/** A1 notation for 0-based canvas coordinates. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + (row + 1);
}

export function a1Range(row: number, col: number, numRows: number, numCols: number): string {
  return `${a1(row, col)}:${a1(row + numRows - 1, col + numCols - 1)}`;
}

/** A native HYPERLINK to a range of another sheet of this spreadsheet. Apps Script formulas use `,`. */
export function internalLink(gid: number, range: string, label: number | string): string {
  const shown = typeof label === 'number' ? String(label) : `"${label.replace(/"/g, '""')}"`;
  return `=HYPERLINK("#gid=${gid}&range=${range}",${shown})`;
}
