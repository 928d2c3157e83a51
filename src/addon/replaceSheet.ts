/**
 * Regenerates a report sheet in place without ever showing a half-built one: the new sheet is built under a
 * temporary name beside the old one, and only once it is complete is the old one deleted and the new one
 * renamed. A failure while building deletes the temporary sheet and leaves the old report untouched.
 */
import type { SheetDirectory, Tab } from './sheetDirectory';

export interface Staged {
  tab: Tab;
  finalName: string;
}

const BUILDING_SUFFIX = ' (building…)';

export function stageSheet(dir: SheetDirectory, finalName: string): Staged {
  // A run killed mid-build (time limit, quota) could not clean up after itself: its leftovers go first.
  for (const leftover of dir.all().filter((t) => t.name.startsWith(finalName + BUILDING_SUFFIX)))
    dir.remove(leftover);
  const old = dir.byName(finalName);
  const position = old ? dir.positionOf(old) : dir.all().length;
  const tab = dir.insert(dir.freeName(finalName + BUILDING_SUFFIX), position);
  return { tab, finalName };
}

/** Swaps complete staged sheets in for their old versions. */
export function commitStaged(dir: SheetDirectory, staged: Staged[]): void {
  for (const s of staged) {
    const old = dir.byName(s.finalName);
    if (old && old !== s.tab) dir.remove(old);
    dir.rename(s.tab, s.finalName);
  }
}

/** Removes staged sheets after a failure; the old reports were never touched. Never throws. */
export function discardStaged(dir: SheetDirectory, staged: Staged[]): void {
  for (const s of staged) {
    try {
      dir.remove(s.tab);
    } catch {
      // The sheet may already be gone; the original error is what the user must see.
    }
  }
}
