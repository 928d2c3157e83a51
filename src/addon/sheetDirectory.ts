/**
 * The spreadsheet's tabs, listed once per execution (getSheets + one getName each) and kept up to date as the
 * add-on inserts, deletes and renames sheets, so no later step has to list them again.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Tab {
  name: string;
  sheet: Sheet;
}

export class SheetDirectory {
  private constructor(
    readonly ss: Spreadsheet,
    private readonly tabs: Tab[],
  ) {}

  static list(ss: Spreadsheet): SheetDirectory {
    return new SheetDirectory(
      ss,
      ss.getSheets().map((sheet) => ({ name: sheet.getName(), sheet })),
    );
  }

  all(): readonly Tab[] {
    return this.tabs;
  }

  /** Exact name, as Sheets compares for its own tabs. */
  byName(name: string): Tab | undefined {
    return this.tabs.find((t) => t.name === name);
  }

  /** Case- and space-insensitive lookup, for tabs that users name by hand. */
  byLooseName(names: readonly string[]): Tab | undefined {
    const wanted = new Set(names.map(normaliseTabName));
    return this.tabs.find((t) => wanted.has(normaliseTabName(t.name)));
  }

  positionOf(tab: Tab): number {
    return this.tabs.indexOf(tab);
  }

  /** A name no tab has yet (compared case-insensitively, as Sheets does). */
  freeName(base: string): string {
    const taken = new Set(this.tabs.map((t) => t.name.toLowerCase()));
    if (!taken.has(base.toLowerCase())) return base;
    for (let i = 2; ; i++) {
      const candidate = `${base} (${i})`;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }

  insert(name: string, position: number): Tab {
    const sheet = this.ss.insertSheet(name, position);
    const tab = { name, sheet };
    this.tabs.splice(position, 0, tab);
    return tab;
  }

  remove(tab: Tab): void {
    this.ss.deleteSheet(tab.sheet);
    const i = this.tabs.indexOf(tab);
    if (i >= 0) this.tabs.splice(i, 1);
  }

  rename(tab: Tab, name: string): void {
    tab.sheet.setName(name);
    tab.name = name;
  }
}

export function normaliseTabName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}
