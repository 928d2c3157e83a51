/**
 * Extra benchmark lines printed under the size table, each measured in the main process.
 * Add an entry per line; `run` returns the median time in ms (use medianMs from ./timing) and a short note.
 *
 */
import { customFunctionBench } from './customFunctionBench';

export interface ExtraBench {
  label: string;
  run(): { ms: number; note: string };
}

export const EXTRA_BENCHES: ExtraBench[] = [customFunctionBench];
