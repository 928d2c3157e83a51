/**
 * The constructors of the JavaScript realm that receives values from the host. Apps Script code tests
 * `value instanceof Date` and `Array.isArray`; a Date built in Node's realm fails `instanceof Date` inside a
 * `vm` context, so every Date, Array, Object and Error handed to the script is built with these.
 */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export const nodeRealm: Realm = { Date, Array, Object, Error };

/** True for a Date from any realm (`instanceof` does not cross realms). */
export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A plain array of arrays in the target realm. */
export function realmGrid<T>(
  realm: Realm,
  rows: number,
  cols: number,
  cell: (r: number, c: number) => T,
): T[][] {
  const out = new realm.Array<T[]>(rows) as T[][];
  for (let r = 0; r < rows; r++) {
    const row = new realm.Array<T>(cols) as T[];
    for (let c = 0; c < cols; c++) row[c] = cell(r, c);
    out[r] = row;
  }
  return out;
}
