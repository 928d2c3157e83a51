/** Shared helpers for the reading tests: days and small workbooks. */
import type { Cell, TabData } from '../../../src/core/model';
import { dayFromYmd } from '../../../src/core/time/days';

export const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;

export const tab = (name: string, values: Cell[][]): TabData => ({ name, values });

/** A minimal valid Leads tab, for tests that are about other tabs. */
export const LEADS_MIN = tab('Лиды', [
  ['ID', 'Дата создания'],
  [1, '01.03.2026'],
]);
/** A minimal valid Deals tab. */
export const DEALS_MIN = tab('Сделки', [
  ['ID', 'Дата создания', 'Стадия сделки', 'Сумма'],
  [10, '01.03.2026', 'Сделка успешна', 1000],
]);
