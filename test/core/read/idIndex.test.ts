import { IdIndex, idIndexOf, rememberIdIndex } from '../../../src/core/read/idIndex';

/** Adds numeric-cell IDs as the readers do (the text is String(n)); returns what add answered for each. */
function addNumbers(index: IdIndex, ids: number[]): boolean[] {
  return ids.map((n) => index.add(n, String(n)));
}

describe('IdIndex', () => {
  test('ascending numeric IDs: positions, lookups by text and by number', () => {
    const index = new IdIndex();
    expect(addNumbers(index, [10, 11, 13, 20])).toEqual([true, true, true, true]);
    expect(index.size).toBe(4);
    expect(index.indexOf('13')).toBe(2);
    expect(index.indexOfNumber(20)).toBe(3);
    expect(index.indexOf('12')).toBe(-1);
    // Only the exact text of a number names it.
    expect(index.indexOf('013')).toBe(-1);
    expect(index.indexOf('13.0')).toBe(-1);
    expect(index.indexOf('')).toBe(-1);
    expect(index.has('10')).toBe(true);
  });

  test('descending numeric IDs stay on the fast path and are found', () => {
    const index = new IdIndex();
    expect(addNumbers(index, [30, 20, 10])).toEqual([true, true, true]);
    expect(index.indexOf('30')).toBe(0);
    expect(index.indexOf('10')).toBe(2);
    expect(index.indexOfNumber(20)).toBe(1);
    expect(index.indexOf('15')).toBe(-1);
  });

  test('an ID out of order is checked against every earlier one: a repeat is refused', () => {
    const index = new IdIndex();
    expect(addNumbers(index, [1, 2, 3, 2, 5, 1, 4])).toEqual([true, true, true, false, true, false, true]);
    expect(index.size).toBe(5);
    expect(index.indexOf('5')).toBe(3);
    expect(index.indexOf('4')).toBe(4);
    expect(index.indexOfNumber(3)).toBe(2);
  });

  test('text IDs mix with numeric ones: "7" as text repeats the number 7', () => {
    const index = new IdIndex();
    expect(index.add(7, '7')).toBe(true);
    expect(index.add(8, '8')).toBe(true);
    expect(index.add(null, 'A-1')).toBe(true);
    expect(index.add(null, '7')).toBe(false);
    expect(index.add(9, '9')).toBe(true);
    expect(index.indexOf('A-1')).toBe(2);
    expect(index.indexOf('9')).toBe(3);
  });

  test('a repeated first ID is refused', () => {
    const index = new IdIndex();
    expect(addNumbers(index, [5, 5])).toEqual([true, false]);
    expect(index.size).toBe(1);
  });

  test('large sparse IDs are found by the search, not only the interpolated guess', () => {
    const index = new IdIndex();
    const ids = [1, 2, 3, 1000, 1_000_000, 1_000_001];
    addNumbers(index, ids);
    ids.forEach((n, i) => expect(index.indexOfNumber(n)).toBe(i));
    expect(index.indexOfNumber(999)).toBe(-1);
  });

  test('idIndexOf: the reader’s index when it matches the records, else built from them, first ID wins', () => {
    const records = [{ id: 'b' }, { id: 'a' }, { id: 'b' }];
    expect(idIndexOf(records).indexOf('b')).toBe(0);
    expect(idIndexOf(records).indexOf('a')).toBe(1);
    const read = [{ id: '1' }, { id: '2' }];
    const index = new IdIndex();
    addNumbers(index, [1, 2]);
    rememberIdIndex(read, index);
    expect(idIndexOf(read)).toBe(index);
    read.push({ id: '3' });
    expect(idIndexOf(read).indexOf('3')).toBe(2);
  });
});
