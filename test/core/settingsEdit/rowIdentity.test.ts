import { EditError } from '../../../src/core/settingsEdit/editError';
import { findRow, refOf, rowKey } from '../../../src/core/settingsEdit/rowIdentity';

describe('row identity', () => {
  const grid = [
    ['Source', 'Matches'],
    ['VK', 'vk'],
    ['Avito', 'avito'],
  ];

  test('a key is the exact content, trailing blanks ignored, types kept apart', () => {
    expect(rowKey(['VK', 'vk', '', ''])).toBe(rowKey(['VK', 'vk']));
    expect(rowKey([1, 'a'])).not.toBe(rowKey(['1', 'a']));
    expect(rowKey([new Date(5), ''])).toBe(rowKey([new Date(5)]));
    expect(rowKey([new Date(5)])).not.toBe(rowKey([new Date(6)]));
  });

  test('finds the row at its place, or where it moved; refuses a changed row', () => {
    const ref = refOf(grid, 2);
    expect(ref.row).toBe(3);
    expect(findRow(grid, 0, ref)).toBe(2);
    // Someone inserted a row above: the row is found one lower.
    const moved = [grid[0], ['Google', 'google'], grid[1], grid[2]];
    expect(findRow(moved, 0, ref)).toBe(3);
    // Someone changed it: refused.
    const changed = [grid[0], grid[1], ['Avito', 'avito, авито']];
    expect(() => findRow(changed, 0, ref)).toThrow(EditError);
    try {
      findRow(changed, 0, ref);
    } catch (e) {
      expect((e as EditError).code).toBe('rowChanged');
    }
    // The header is never taken for a data row.
    expect(() => findRow(grid, 0, refOf(grid, 0))).toThrow(EditError);
  });
});
