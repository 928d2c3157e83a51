/**
 * Data text must reach a sheet as text. `setValues` turns a string beginning with `=` into a formula, and
 * spreadsheet apps treat `+`, `-`, `@`, tab and CR starts as formula-like too (CSV/DDE injection). A leading
 * apostrophe makes Sheets store the rest as literal text; it is not part of the value.
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_STARTS.has(text.charAt(0));
}

export function asLiteralText(text: string): string {
  return isFormulaLike(text) || text.charAt(0) === "'" ? "'" + text : text;
}
