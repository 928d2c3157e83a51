/**
 * Tabs of cell values to an exceljs workbook (Node only). exceljs stores a Date as its UTC wall clock, so each
 * instant is shifted to Moscow wall-clock time first: a loader that reads the sheet as Europe/Moscow gets the
 * original instant back. Text stays text (a value beginning with `=` is a string cell, not a formula).
 */
import ExcelJS from 'exceljs';
import type { Cell, TabData } from '../src/core/model';
import { MOSCOW_OFFSET_MINUTES } from './gen/format';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1_440;

export function moscowWallClock(instant: Date): Date {
  return new Date(instant.getTime() + MOSCOW_OFFSET_MINUTES * MS_PER_MINUTE);
}

function isMidnight(wallClock: Date): boolean {
  return Math.round(wallClock.getTime() / MS_PER_MINUTE) % MINUTES_PER_DAY === 0;
}

/** The first row that is not all empty: the header (the Лиды tab has a title and a blank row above it). */
function headerIndex(values: Cell[][]): number {
  const i = values.findIndex((row) => row.some((c) => c !== ''));
  return i < 0 ? 0 : i;
}

function addTab(book: ExcelJS.Workbook, tab: TabData): void {
  const sheet = book.addWorksheet(tab.name);
  const header = headerIndex(tab.values);
  const widths: number[] = [];
  tab.values.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 1);
    row.forEach((value, c) => {
      if (value === '') return;
      const cell = excelRow.getCell(c + 1);
      if (value instanceof Date) {
        const wall = moscowWallClock(value);
        cell.value = wall;
        cell.numFmt = isMidnight(wall) ? 'dd.mm.yyyy' : 'dd.mm.yyyy hh:mm';
        widths[c] = Math.max(widths[c] ?? 0, 17);
      } else {
        cell.value = value;
        widths[c] = Math.max(widths[c] ?? 0, Math.min(40, String(value).length + 2));
      }
    });
    if (r <= header) excelRow.font = { bold: true };
  });
  widths.forEach((w, c) => (sheet.getColumn(c + 1).width = Math.max(8, w)));
  sheet.views = [{ state: 'frozen', ySplit: header + 1 }];
}

export function tabsToWorkbook(tabs: TabData[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Throughline example generator';
  // Fixed timestamps keep the file's metadata the same from run to run.
  book.created = new Date(Date.UTC(2026, 11, 1));
  book.modified = book.created;
  for (const tab of tabs) addTab(book, tab);
  return book;
}
