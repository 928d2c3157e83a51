import { parseMatches } from '../../../src/core/read/matches';
import {
  matchEntry,
  matchesValue,
  splitEntries,
  withEntries,
  withValues,
} from '../../../src/core/settingsEdit/matchesText';

describe('Matches cell editing', () => {
  test('plain values stay plain; a value with a comma or looking like a regex becomes an anchored regex', () => {
    expect(matchEntry('vk')).toBe('vk');
    expect(matchEntry('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(matchEntry('a, b')).toBe('/^a, b$/');
    expect(matchEntry('/promo/')).toBe('/^\\/promo\\/$/');
    for (const v of ['a, b', '/promo/', 'x.y (1)']) {
      const cell = withValues('vk', [v]);
      expect(parseMatches(cell).invalid).toEqual([]);
      expect(matchesValue(cell, v)).toBe(true);
      expect(matchesValue(cell, v + 'z')).toBe(false);
    }
  });

  test('a value already matched (case-insensitive, or by a regex) is not added twice', () => {
    expect(withValues('VK, /^ya/', ['vk', 'yandex', 'Avito'])).toBe('VK, /^ya/, Avito');
    expect(withValues('', ['Звонок'])).toBe('Звонок');
  });

  test('entries split with regexes kept whole and merge without duplicates', () => {
    expect(splitEntries('a, /x{1,3}/i ,b')).toEqual(['a', '/x{1,3}/i', 'b']);
    expect(withEntries('a, b', ['B, c', '/x{1,3}/'])).toBe('a, b, c, /x{1,3}/');
  });
});
