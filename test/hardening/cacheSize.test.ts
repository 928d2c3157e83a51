/**
 * CacheService takes at most 100 KB per value, counted in UTF-8 bytes. The custom functions cache their
 * per-source aggregate when its JSON is short enough; Cyrillic source names take two bytes a character.
 */
import type { Cell, TabData } from '../../src/core/model';
import { hostWith } from '../helpers/addonHost';

/** 300 sources with 120-character Russian names, one lead each in November 2026. */
function manyRussianSources(): TabData[] {
  const leads: Cell[][] = [['ID', 'Дата создания', 'UTM Source']];
  for (let i = 0; i < 300; i++) leads.push([String(i + 1), '10.11.2026', `Источник ${i} ` + 'ж'.repeat(110)]);
  const deals: Cell[][] = [
    ['ID', 'Стадия сделки', 'Сумма', 'Дата создания', 'ID лида'],
    ['D1', 'WON', 100, '11.11.2026', '1'],
  ];
  return [
    { name: 'Лиды', values: leads },
    { name: 'Сделки', values: deals },
  ];
}

// The aggregate is measured in UTF-8 bytes before caching, and a failing put never fails the formula
// (src/addon/customFunctions.ts putQuietly): a Russian aggregate over 100 KB is simply not cached.
test('a source-form function answers when the aggregate is over 100 KB in UTF-8', () => {
  const { host, addon } = hostWith(manyRussianSources());
  const from = new Date('2026-11-01T00:00:00+03:00');
  const to = new Date('2026-11-30T00:00:00+03:00');
  // Source 0 has one lead and its won deal: conversion 1.
  expect(addon.callCustomFunction('CONVERSION', 'Источник 0 ' + 'ж'.repeat(110), from, to)).toBe(1);
  expect(host.ui.alerts).toEqual([]);
});
