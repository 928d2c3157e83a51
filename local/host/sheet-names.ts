/** Sheet-name rules: non-empty, at most 100 characters, unique ignoring case (Sheets refuses "sheet1" beside "Sheet1"). */
import type { Env } from './env';
import type { HostSheet } from './model';

export const MAX_SHEET_NAME = 100;

export function checkSheetName(env: Env, name: unknown, self: HostSheet | null): asserts name is string {
  if (typeof name !== 'string' || name.trim() === '')
    env.ctx.fail('Invalid argument: sheet name cannot be empty.');
  if (name.length > MAX_SHEET_NAME)
    env.ctx.fail(`The sheet name "${name}" is longer than ${MAX_SHEET_NAME} characters.`);
  const lower = name.toLowerCase();
  if (env.ss.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) {
    env.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}
