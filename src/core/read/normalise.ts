/**
 * One spelling for names people type: header cells, tab names, stage and status names, setting keys.
 * Lower case, ё → е, underscores as spaces (so `UTM_SOURCE` = `UTM Source`), runs of spaces collapsed,
 * surrounding quotes and a trailing colon dropped.
 */

const QUOTES = '"\'«»“”„`';

export function normaliseName(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[_\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (s.endsWith(':')) s = s.slice(0, -1).trimEnd();
  while (s.length > 1 && QUOTES.includes(s[0]) && QUOTES.includes(s[s.length - 1])) s = s.slice(1, -1).trim();
  return s;
}

/**
 * The name without a trailing note: `Расход, ₽` → `расход`, `Расход (руб.)` → `расход`,
 * `Amount spent (USD)` → `amount spent`. Applied to a normalised name; '' when nothing would be left.
 */
export function withoutNote(normalised: string): string {
  let s = normalised;
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open > 0) s = s.slice(0, open).trim();
  }
  const comma = s.indexOf(',');
  if (comma > 0) s = s.slice(0, comma).trim();
  return s === normalised ? '' : s;
}
