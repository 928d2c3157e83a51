/** Yes/no settings: checkbox cells (booleans) or the words people type, in Russian or English. */
import type { Cell } from '../model';

const YES = new Set(['yes', 'y', 'true', 'да', 'д', 'истина', '1', 'on', 'вкл']);
const NO = new Set(['no', 'n', 'false', 'нет', 'н', 'ложь', '0', 'off', 'выкл']);

/** true / false, or null when the cell says neither. */
export function parseYesNo(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== 'string') return null;
  const word = cell.trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}
