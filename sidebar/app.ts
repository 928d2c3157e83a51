/** The sidebar's shared state, its language, and the message area every view reports to. */
import type { Locale } from '../src/core/model';
import type { Text } from '../src/core/i18n/locale';
import { fillIn, SIDEBAR_LABELS } from '../src/core/i18n/sidebarLabels';
import type { SettingsState, SidebarStart, UnmatchedState } from '../src/addon/sidebarTypes';
import type { Jsonify } from '../src/addon/sidebarTypes';
import { h, replaceChildren } from './dom';

export type State = Jsonify<SettingsState>;

export interface App {
  locale: Locale;
  start: Jsonify<SidebarStart>;
  state: State;
  unmatched: Jsonify<UnmatchedState> | null;
  /** Views re-render when the state changes. */
  listeners: Array<() => void>;
}

export const app: App = {
  locale: 'en',
  start: null as unknown as Jsonify<SidebarStart>,
  state: null as unknown as State,
  unmatched: null,
  listeners: [],
};

export function t(text: Text, values?: Record<string, string | number>): string {
  const s = text[app.locale];
  return values ? fillIn(s, values) : s;
}

export const L = SIDEBAR_LABELS;

export function setState(state: State): void {
  app.state = state;
  for (const f of app.listeners) f();
}

// ---------------------------------------------------------------- messages

let messages: HTMLElement | null = null;

export function messageArea(): HTMLElement {
  messages = h('div', { class: 'messages' });
  return messages;
}

/** An error, shown until dismissed; role=alert so a screen reader announces it. */
export function showError(error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  if (!messages) return;
  const box = h(
    'div',
    { class: 'msg msg-error', role: 'alert' },
    h('span', {}, t(L.errorPrefix) + text),
    h('button', { type: 'button', class: 'link', onclick: () => box.remove() }, t(L.dismiss)),
  );
  messages.appendChild(box);
}

/** A short notice, optionally with an action (Undo, Open). */
export function showNotice(text: string, action?: { label: string; run: () => void }): void {
  if (!messages) return;
  for (const old of Array.from(messages.querySelectorAll('.msg-notice'))) old.remove();
  const box = h('div', { class: 'msg msg-notice', role: 'status' }, h('span', {}, text));
  if (action) {
    box.appendChild(
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => {
            box.remove();
            action.run();
          },
        },
        action.label,
      ),
    );
  }
  messages.appendChild(box);
}

export function clearMessages(): void {
  if (messages) replaceChildren(messages);
}

/** Runs a server call with a busy mark on `button`; errors are shown, never swallowed. */
export async function busy<T>(
  button: HTMLButtonElement | null,
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (button) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  try {
    return await work();
  } catch (e) {
    showError(e);
    return undefined;
  } finally {
    if (button) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
}

export function formatAmount(n: number): string {
  return new Intl.NumberFormat(app.locale === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 2 }).format(
    n,
  );
}
