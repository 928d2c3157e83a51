/**
 * Editing the Matches cell of Sources and Channels as text. A value from the data is added so that it reads
 * back as exactly that value: one holding a comma, or looking like a `/regex/`, or with spaces around it, is
 * written as an anchored case-insensitive regex instead.
 */
import { parseMatches, regexEnd } from '../read/matches';

const REGEX_SPECIALS = /[\\^$.*+?()[\]{}|/]/g;

/** The entry to write for one literal value. */
export function matchEntry(value: string): string {
  const plain = value.indexOf(',') < 0 && value.charAt(0) !== '/' && value.trim() === value;
  return plain ? value : '/^' + value.replace(REGEX_SPECIALS, '\\$&') + '$/';
}

/** True when a Matches cell already matches the value (as the source resolver would). */
export function matchesValue(matches: string, value: string): boolean {
  const parsed = parseMatches(matches);
  const trimmed = value.trim();
  if (parsed.values.indexOf(trimmed.toLowerCase()) >= 0) return true;
  for (const p of parsed.patterns) if (trimmed.search(p) >= 0) return true;
  return false;
}

/** The Matches cell with entries for the values it does not match yet appended. */
export function withValues(matches: string, values: readonly string[]): string {
  let out = matches.trim();
  for (const value of values) {
    if (value.trim() === '' || matchesValue(out, value)) continue;
    out = out === '' ? matchEntry(value) : out + ', ' + matchEntry(value);
  }
  return out;
}

/** Entries of `extra` (whole Matches cells) appended to `matches`, skipping exact duplicates. */
export function withEntries(matches: string, extra: readonly string[]): string {
  const seen = new Set(splitEntries(matches).map((e) => e.toLowerCase()));
  const out = splitEntries(matches);
  for (const cell of extra) {
    for (const entry of splitEntries(cell)) {
      if (seen.has(entry.toLowerCase())) continue;
      seen.add(entry.toLowerCase());
      out.push(entry);
    }
  }
  return out.join(', ');
}

/** The entries of a Matches cell as written: literal values, and regexes kept whole (they may hold commas). */
export function splitEntries(matches: string): string[] {
  const entries: string[] = [];
  const t = matches;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === ',' || t[i] === '\u00a0')) i++;
    if (i >= t.length) break;
    let end = -1;
    if (t[i] === '/') {
      // The same reading of a `/…/flags` entry as the Sources reader's (it may hold commas).
      const regex = regexEnd(t, i);
      if (regex) end = regex.next;
    }
    if (end < 0) {
      end = t.indexOf(',', i);
      if (end < 0) end = t.length;
    }
    const entry = t.slice(i, end).trim();
    if (entry !== '') entries.push(entry);
    i = end;
  }
  return entries;
}
