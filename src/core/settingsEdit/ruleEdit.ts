/**
 * Sources and Channels rules: list, add, edit (rename), delete, merge, and add a value found in the data to a
 * rule — each as cell writes computed from the tab as just read. Both tabs share one shape (a name and a
 * Matches cell); Sources also have a type and a colour.
 */
import { SOURCE_TYPE_LABELS } from '../i18n/common';
import type { Cell, Grid, Locale, SourceType } from '../model';
import { parseMatches } from '../read/matches';
import { textAt } from '../read/rows';
import { CHANNELS_LAYOUT, SOURCES_LAYOUT, type SettingsTabLayout } from '../read/settingsTabs';
import { sourceTypeOf } from '../read/sourceRules';
import { dataRows, deleteRowAt, openForEdit, appendRow, writeRow, type EditableTab } from './editableTab';
import { EditError } from './editError';
import { matchEntry, withEntries, withValues } from './matchesText';
import { findRow, refOf } from './rowIdentity';
import type { RowRef, RuleInput, RuleRow, TabEdit } from './types';

export type RuleKind = 'sources' | 'channels';

export function ruleLayout(kind: RuleKind): SettingsTabLayout<string> {
  return kind === 'sources' ? SOURCES_LAYOUT : CHANNELS_LAYOUT;
}

type Tab = EditableTab<string>;

function open(values: Grid | null, kind: RuleKind, locale: Locale): Tab {
  return openForEdit<string>(values, ruleLayout(kind), locale);
}

const at = (tab: Tab, r: number, key: string): string =>
  tab.col[key] === undefined ? '' : textAt(tab.values[r], tab.col[key]);

export function listRules(values: Grid | null, kind: RuleKind): RuleRow[] {
  if (!values) return [];
  const tab = open(values, kind, 'en');
  if (tab.edit.writes.some((w) => w.row === 1 && w.values[0].length > 1)) return []; // no header: nothing listed
  return dataRows(tab).map((r) => {
    const typeText = at(tab, r, 'type');
    const type: SourceType | null = kind === 'sources' ? sourceTypeOf(typeText) : null;
    return {
      ref: refOf(tab.values, r),
      name: at(tab, r, 'name'),
      type: kind === 'sources' ? (type ?? 'paid') : '',
      badType: kind === 'sources' && type === null ? typeText : '',
      matches: at(tab, r, 'matches'),
      color: at(tab, r, 'color'),
    };
  });
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The row of a rule named `name`, or −1. */
function rowNamed(tab: Tab, name: string, except = -1): number {
  for (const r of dataRows(tab)) if (r !== except && sameName(at(tab, r, 'name'), name)) return r;
  return -1;
}

function checkInput(tab: Tab, input: RuleInput, except: number): string {
  const name = input.name.trim();
  if (name === '') throw new EditError('nameRequired');
  if (rowNamed(tab, name, except) >= 0) throw new EditError('duplicateName', name);
  const bad = parseMatches(input.matches).invalid;
  if (bad.length > 0) throw new EditError('badMatches', bad[0]);
  const color = (input.color ?? '').trim();
  if (color !== '' && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) throw new EditError('badColor', color);
  return name;
}

function cellsOf(kind: RuleKind, name: string, input: RuleInput, locale: Locale): Record<string, Cell> {
  const cells: Record<string, Cell> = { name, matches: input.matches.trim() };
  if (kind === 'sources') {
    if (input.type) cells.type = SOURCE_TYPE_LABELS[input.type][locale];
    if (input.color !== undefined) cells.color = input.color.trim();
  }
  return cells;
}

export function addRule(values: Grid | null, kind: RuleKind, input: RuleInput, locale: Locale): TabEdit {
  const tab = open(values, kind, locale);
  const name = checkInput(tab, input, -1);
  appendRow(tab, cellsOf(kind, name, { type: 'paid', ...input }, locale));
  return tab.edit;
}

/** Edits a rule; `renamed` names the old and new name when the name changed (manual costs follow it). */
export function updateRule(
  values: Grid | null,
  kind: RuleKind,
  ref: RowRef,
  input: RuleInput,
  locale: Locale,
): { edit: TabEdit; renamed: { from: string; to: string } | null } {
  const tab = open(values, kind, locale);
  const r = findRow(tab.values, tab.headerRow, ref);
  const old = at(tab, r, 'name');
  const name = checkInput(tab, input, r);
  writeRow(tab, r, cellsOf(kind, name, input, locale));
  return { edit: tab.edit, renamed: old !== name ? { from: old, to: name } : null };
}

export function deleteRule(values: Grid | null, kind: RuleKind, ref: RowRef): TabEdit {
  const tab = open(values, kind, 'en');
  deleteRowAt(tab, findRow(tab.values, tab.headerRow, ref));
  return tab.edit;
}

/**
 * Merges rules into one: the target keeps its name, type and colour and takes the others' matches and their
 * names as matches (data that showed the old names still lands on it); the others' rows are deleted.
 */
export function mergeRules(
  values: Grid | null,
  kind: RuleKind,
  from: RowRef[],
  into: RowRef,
): { edit: TabEdit; merged: string[]; into: string } {
  const tab = open(values, kind, 'en');
  const target = findRow(tab.values, tab.headerRow, into);
  const rows: number[] = [];
  for (const ref of from) {
    const r = findRow(tab.values, tab.headerRow, ref);
    if (r !== target && rows.indexOf(r) < 0) rows.push(r);
  }
  if (rows.length === 0) throw new EditError('mergeNeedsTwo');
  const names = rows.map((r) => at(tab, r, 'name'));
  const matches = withValues(
    withEntries(
      at(tab, target, 'matches'),
      rows.map((r) => at(tab, r, 'matches')),
    ),
    names,
  );
  writeRow(tab, target, { matches });
  for (const r of rows) deleteRowAt(tab, r);
  return { edit: tab.edit, merged: names, into: at(tab, target, 'name') };
}

/** Where a value found in the data goes: into an existing rule, or a new rule named after it. */
export type ValueTarget = { ref: RowRef } | { newType: SourceType | null };

export function addValueToRule(
  values: Grid | null,
  kind: RuleKind,
  value: string,
  target: ValueTarget,
  locale: Locale,
): TabEdit {
  const tab = open(values, kind, locale);
  const name = value.trim();
  if (name === '') throw new EditError('nameRequired');
  const r = 'ref' in target ? findRow(tab.values, tab.headerRow, target.ref) : rowNamed(tab, name);
  if (r >= 0) {
    const matches = withValues(at(tab, r, 'matches'), [value]);
    if (matches !== at(tab, r, 'matches')) writeRow(tab, r, { matches });
  } else {
    const type = 'newType' in target && target.newType ? target.newType : 'paid';
    appendRow(tab, cellsOf(kind, name, { name, type, matches: matchEntry(name) }, locale));
  }
  return tab.edit;
}
