/**
 * The number form of the custom functions: MARKETING_ROI(revenue, cost), CONVERSION(from, to),
 * COSTPERDEAL(cost, deals) and family. Scalars or ranges: two ranges of one shape, or a range and a scalar,
 * give a result of that shape; an undefined element (zero divisor) or a blank input is blank in a range
 * result; a scalar call with an undefined result throws, saying why (Sheets shows it on #ERROR!).
 */
import type { Locale } from '../model';
import { costPer, conversion, roi } from '../engine/metrics';
import { parseNumberText } from '../parse/number';
import { ARG_NAMES, FUNCTION_MESSAGES as M } from '../i18n/functionLabels';
import { fill } from '../i18n/reportLabels';

export type FunctionName =
  'MARKETING_ROI' | 'CONVERSION' | 'COSTPERDEAL' | 'COSTPERLEAD' | 'COSTPERWON' | 'COSTPERACTION';

/** What the metric is, on two numbers; which argument being zero makes it undefined. */
const DEFINITIONS: Record<FunctionName, { apply: (a: number, b: number) => number | null; divisor: 0 | 1 }> =
  {
    MARKETING_ROI: { apply: (revenue, cost) => roi(revenue, cost), divisor: 1 },
    CONVERSION: { apply: (from, to) => conversion(from, to), divisor: 0 },
    COSTPERDEAL: { apply: costPer, divisor: 1 },
    COSTPERLEAD: { apply: costPer, divisor: 1 },
    COSTPERWON: { apply: costPer, divisor: 1 },
    COSTPERACTION: { apply: costPer, divisor: 1 },
  };

export class FunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

export type ResultGrid = (number | string)[][];

function isGrid(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.every((row) => Array.isArray(row));
}

const BLANK = Symbol('blank');

/** One input element → a number, BLANK, or a thrown FunctionError naming the argument (and cell). */
function readElement(
  fn: FunctionName,
  argIndex: 0 | 1,
  value: unknown,
  locale: Locale,
  at: { row: number; col: number } | null,
): number | typeof BLANK {
  if (value === '' || value === null || value === undefined) return BLANK;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const n = parseNumberText(value);
    if (n !== null) return n;
  }
  const where = at ? fill(M.where[locale], { row: at.row + 1, col: at.col + 1 }) : '';
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 80);
  throw new FunctionError(
    fill(M.notNumber[locale], { fn, arg: ARG_NAMES[fn][argIndex][locale], where, value: shown }),
  );
}

function shapeOf(g: unknown[][]): string {
  return `${g.length}×${g.length ? g[0].length : 0}`;
}

/** Evaluates a number-form call. `a` and `b` are what Sheets passes: a scalar or a 2D array. */
export function evaluateNumberForm(
  fn: FunctionName,
  a: unknown,
  b: unknown,
  locale: Locale,
): number | ResultGrid {
  const def = DEFINITIONS[fn];
  const ga = isGrid(a) ? a : null;
  const gb = isGrid(b) ? b : null;
  // A 1×1 range is how Sheets passes a single referenced cell: treat it as a scalar.
  const sa = ga && ga.length === 1 && ga[0].length === 1 ? ga[0][0] : ga ? null : a;
  const sb = gb && gb.length === 1 && gb[0].length === 1 ? gb[0][0] : gb ? null : b;
  const isScalarA = !ga || (ga.length === 1 && ga[0].length === 1);
  const isScalarB = !gb || (gb.length === 1 && gb[0].length === 1);

  if (isScalarA && isScalarB) {
    const x = readElement(fn, 0, sa, locale, null);
    const y = readElement(fn, 1, sb, locale, null);
    if (x === BLANK || y === BLANK) {
      throw new FunctionError(
        fill(M.emptyArg[locale], { fn, arg: ARG_NAMES[fn][x === BLANK ? 0 : 1][locale] }),
      );
    }
    const r = def.apply(x, y);
    if (r === null) {
      const why = fill(M.zeroDivisor[locale], { arg: ARG_NAMES[fn][def.divisor][locale] });
      throw new FunctionError(fill(M.undefinedResult[locale], { fn, why }));
    }
    return r;
  }

  const rows = !isScalarA ? (ga as unknown[][]).length : (gb as unknown[][]).length;
  const cols = !isScalarA ? (ga as unknown[][])[0].length : (gb as unknown[][])[0].length;
  if (!isScalarA && !isScalarB) {
    const A = ga as unknown[][];
    const B = gb as unknown[][];
    if (A.length !== B.length || A[0].length !== B[0].length) {
      throw new FunctionError(fill(M.shapes[locale], { fn, a: shapeOf(A), b: shapeOf(B) }));
    }
  }
  const fixedA = isScalarA ? readElement(fn, 0, sa, locale, null) : null;
  const fixedB = isScalarB ? readElement(fn, 1, sb, locale, null) : null;
  const out: ResultGrid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const rowA = ga && !isScalarA ? ga[r] : null;
    const rowB = gb && !isScalarB ? gb[r] : null;
    const line: (number | string)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const x = rowA
        ? readElement(fn, 0, rowA[c], locale, { row: r, col: c })
        : (fixedA as number | typeof BLANK);
      const y = rowB
        ? readElement(fn, 1, rowB[c], locale, { row: r, col: c })
        : (fixedB as number | typeof BLANK);
      if (x === BLANK || y === BLANK) {
        line[c] = '';
        continue;
      }
      const v = def.apply(x, y);
      line[c] = v === null ? '' : v;
    }
    out[r] = line;
  }
  return out;
}
