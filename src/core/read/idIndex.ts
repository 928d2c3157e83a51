/**
 * Record IDs in reading order: the duplicate check while reading, then "which lead has this ID" for deals.
 *
 * CRM exports list numeric IDs in order (ascending or descending). While every ID is a number and each one
 * continues the order, a new ID cannot repeat an earlier one, so the index keeps only a sorted Float64Array:
 * no string hashing per row, and a lookup is a binary search. The first ID out of order (or a text ID) turns
 * the index into a Map from ID text to position, built once from the numbers kept so far.
 */

/** The text of a numeric ID, as the readers write it (idOf, cellText). */
const textOfNumber = (n: number): string => String(n);

export class IdIndex {
  /** IDs in reading order, sign-flipped when descending so the array is always ascending. */
  private numbers = new Float64Array(1024);
  private count = 0;
  /** +1 ascending, −1 descending, 0 not known yet (fewer than two IDs). */
  private direction = 0;
  /** ID text → position, once the fast path is left. */
  private byText: Map<string, number> | null = null;

  /**
   * One instance kept for the life of the script. A hidden class lives only while some object has it: without
   * this, every read after a garbage collection would build new hidden classes for its indexes and throw away
   * the readers' optimised code.
   */
  static readonly shapeKeeper = new IdIndex();

  /** An index of IDs already read (records built by hand, say): the first of repeated IDs wins. */
  static ofTexts(ids: readonly string[]): IdIndex {
    const index = new IdIndex();
    const map = new Map<string, number>();
    for (let i = ids.length - 1; i >= 0; i--) map.set(ids[i], i);
    index.byText = map;
    index.count = ids.length;
    return index;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Adds the ID of a cell (the number itself for a numeric cell, else null) whose text is `id`.
   * False, adding nothing, when the ID is already there.
   */
  add(cellNumber: number | null, id: string): boolean {
    if (this.byText === null && cellNumber !== null && this.continuesOrder(cellNumber)) {
      this.push(cellNumber);
      return true;
    }
    const map = this.textMap();
    if (map.has(id)) return false;
    map.set(id, this.count++);
    return true;
  }

  /** Position (0-based, in reading order) of the ID written `id`, or −1. */
  indexOf(id: string): number {
    if (this.byText !== null) return this.byText.get(id) ?? -1;
    if (id === '') return -1;
    const n = Number(id);
    // Only the exact text of a number names it ("7", not "07" or "7.0").
    return textOfNumber(n) === id ? this.search(n) : -1;
  }

  /** Like indexOf, for a numeric cell (no text conversion). */
  indexOfNumber(n: number): number {
    if (this.byText !== null) return this.byText.get(textOfNumber(n)) ?? -1;
    return this.search(n);
  }

  has(id: string): boolean {
    return this.indexOf(id) >= 0;
  }

  private continuesOrder(n: number): boolean {
    if (n !== n) return false;
    if (this.count === 0) return true;
    const last = this.direction < 0 ? -this.numbers[this.count - 1] : this.numbers[this.count - 1];
    if (this.direction === 0) {
      if (n === last) return false;
      this.direction = n > last ? 1 : -1;
      if (this.direction < 0) this.numbers[0] = -this.numbers[0];
      return true;
    }
    return this.direction > 0 ? n > last : n < last;
  }

  private push(n: number): void {
    if (this.count === this.numbers.length) {
      const bigger = new Float64Array(this.numbers.length * 2);
      bigger.set(this.numbers);
      this.numbers = bigger;
    }
    this.numbers[this.count++] = this.direction < 0 ? -n : n;
  }

  private textMap(): Map<string, number> {
    if (this.byText === null) {
      const map = new Map<string, number>();
      const sign = this.direction < 0 ? -1 : 1;
      for (let i = 0; i < this.count; i++) map.set(textOfNumber(sign * this.numbers[i]), i);
      this.byText = map;
    }
    return this.byText;
  }

  private search(n: number): number {
    if (n !== n) return -1;
    const key = this.direction < 0 ? -n : n;
    const a = this.numbers;
    let lo = 0;
    let hi = this.count - 1;
    if (hi < 0) return -1;
    // IDs from an auto-increment counter are nearly evenly spaced: try where the key would sit first.
    const first = a[0];
    const span = a[hi] - first;
    if (span > 0 && key >= first && key <= a[hi]) {
      const guess = Math.round(((key - first) / span) * hi);
      if (a[guess] === key) return guess;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid];
      if (v < key) lo = mid + 1;
      else if (v > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** The index the reader built for a records array, kept beside it (Dataset has no field for it). */
const indexOfArray = new WeakMap<readonly unknown[], IdIndex>();

export function rememberIdIndex(records: readonly unknown[], index: IdIndex): void {
  indexOfArray.set(records, index);
}

/** The ID index of records: the reader's when it still matches their number, else built from their IDs. */
export function idIndexOf(records: readonly { id: string }[]): IdIndex {
  let index = indexOfArray.get(records);
  if (index === undefined || index.size !== records.length) {
    index = IdIndex.ofTexts(records.map((r) => r.id));
    indexOfArray.set(records, index);
  }
  return index;
}
