/**
 * The Matches cell of Sources and Channels: a comma-separated list of values, trimmed and lower-cased, and
 * `/regex/` (optionally `/regex/i`) entries compiled case-insensitive. A regex may itself hold commas
 * (`/a{1,3}/`): an entry that starts with `/` runs to the `/` that is followed by flags and then a comma or
 * the end.
 */

export interface ParsedMatches {
  values: string[];
  patterns: RegExp[];
  /** Entries that look like a regex but do not compile (or carry flags other than `i`). */
  invalid: string[];
}

export function parseMatches(text: string): ParsedMatches {
  const out: ParsedMatches = { values: [], patterns: [], invalid: [] };
  const t = text;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === ',' || t[i] === '\u00a0')) i++;
    if (i >= t.length) break;
    if (t[i] === '/') {
      const end = regexEnd(t, i);
      if (end) {
        const entry = t.slice(i, end.next).trim();
        if (end.flags !== '' && end.flags.toLowerCase() !== 'i') out.invalid.push(entry);
        else {
          try {
            out.patterns.push(new RegExp(t.slice(i + 1, end.close), 'i'));
          } catch {
            out.invalid.push(entry);
          }
        }
        i = end.next;
        continue;
      }
    }
    let comma = t.indexOf(',', i);
    if (comma < 0) comma = t.length;
    const value = t.slice(i, comma).trim().toLowerCase();
    if (value !== '') out.values.push(value);
    i = comma;
  }
  return out;
}

/** For an entry starting with `/` at `start`: its closing slash, flags, and where the next entry begins. */
export function regexEnd(t: string, start: number): { close: number; flags: string; next: number } | null {
  for (let j = start + 1; j < t.length; j++) {
    if (t[j] === '\\') {
      j++;
      continue;
    }
    if (t[j] !== '/') continue;
    let k = j + 1;
    while (k < t.length && /[a-z]/i.test(t[k])) k++;
    const flags = t.slice(j + 1, k);
    while (k < t.length && t[k] === ' ') k++;
    if (k === t.length || t[k] === ',') {
      if (j === start + 1) return null; // `//` is not a regex
      return { close: j, flags, next: k };
    }
  }
  return null;
}
