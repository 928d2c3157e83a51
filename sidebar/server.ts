/**
 * google.script.run as typed promises. The call names and types come from the server's own object
 * (`typeof sidebarApi`), so renaming a server function breaks this bundle's type-check. Every call has a
 * failure handler: the promise rejects with the server's message, and callers show it.
 */
import type { SidebarApi } from '../src/addon/sidebarApi';
import type { Jsonify } from '../src/addon/sidebarTypes';

type Api = SidebarApi;
export type ApiName = keyof Api;
export type Result<K extends ApiName> = Jsonify<ReturnType<Api[K]>>;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

function scriptRun(): ScriptRun | null {
  const g = (window as unknown as { google?: { script?: { run?: ScriptRun } } }).google;
  return g && g.script && g.script.run ? g.script.run : null;
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

export function call<K extends ApiName>(name: K, ...args: Parameters<Api[K]>): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(new Error('google.script.run is not available: open the sidebar from the spreadsheet menu.'));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler((error) => reject(new Error(messageOf(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Server function ${String(name)} is missing.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
