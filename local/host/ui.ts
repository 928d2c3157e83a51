/**
 * Ui: menus, alerts, prompts, sidebars and dialogs. Nothing is displayed; everything shown is recorded in
 * `UiRecords` for tests and the runner, and answers to alerts and prompts come from a queue the test fills.
 */
import type { Env } from './env';
import type { Implements } from './gas-types';
import type { GasHtmlOutput } from './html';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiRecords {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  prompts: Array<AlertRecord & { text: string }> = [];
  shown: ShownHtml[] = [];
  toasts: ToastRecord[] = [];
  /** Answers for the next alerts/prompts, e.g. `'NO'` or `{ button: 'OK', text: 'May' }`. */
  responses: Array<string | { button: string; text: string }> = [];

  /** All menu items, flattened, with submenu captions joined by ' > '. */
  menuItems(): Array<{ path: string; functionName: string }> {
    const out: Array<{ path: string; functionName: string }> = [];
    const walk = (entries: MenuEntry[], prefix: string): void => {
      for (const e of entries) {
        if (e.kind === 'item') out.push({ path: prefix + e.caption, functionName: e.functionName });
        else if (e.kind === 'submenu') walk(e.entries, `${prefix}${e.caption} > `);
      }
    };
    for (const m of this.menus) walk(m.entries, `${m.caption} > `);
    return out;
  }

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  get dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  clear(): void {
    this.menus = [];
    this.alerts = [];
    this.prompts = [];
    this.shown = [];
    this.toasts = [];
  }
}

const BUTTONS = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
const BUTTON_SETS: Readonly<Record<string, string[]>> = Object.freeze({
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
});

type MenuApi = Implements<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>;

export class GasMenu implements MenuApi {
  readonly _entries: MenuEntry[] = [];

  constructor(
    private readonly _env: Env,
    readonly _caption: string,
    private readonly _addon: boolean,
  ) {
    return _env.ctx.expose(this, 'Menu');
  }

  addItem(caption: string, functionName: string): GasMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string' || functionName === '') {
      this._env.ctx.fail("The parameters don't match the method signature for Ui.Menu.addItem.");
    }
    this._entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): GasMenu {
    this._entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: GasMenu): GasMenu {
    if (!(menu instanceof GasMenu) || menu._addon) this._env.ctx.fail('Invalid argument: menu');
    this._entries.push({ kind: 'submenu', caption: menu._caption, entries: menu._entries });
    return this;
  }

  addToUi(): void {
    const menus = this._env.ui.menus.filter((m) => m.caption !== this._caption || m.addon !== this._addon);
    menus.push({ caption: this._caption, addon: this._addon, entries: this._entries });
    this._env.ui.menus = menus;
  }
}

type UiApi = Implements<
  GoogleAppsScript.Base.Ui,
  'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
>;

export class GasUi implements UiApi {
  readonly Button = BUTTONS;
  readonly ButtonSet = Object.freeze({
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  });

  constructor(
    private readonly _env: Env,
    private readonly _addonName: string,
  ) {
    return _env.ctx.expose(this, 'Ui');
  }

  createAddonMenu(): GasMenu {
    return new GasMenu(this._env, this._addonName, true);
  }

  createMenu(caption: string): GasMenu {
    if (typeof caption !== 'string' || caption === '') this._env.ctx.fail('Invalid argument: caption');
    return new GasMenu(this._env, caption, false);
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): returns the queued answer or the default. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
    const response = this._answer(buttons).button;
    this._env.ui.alerts.push({
      title: String(title),
      prompt: String(prompt),
      buttons: String(buttons),
      response,
    });
    return response;
  }

  prompt(a: string, b?: string, c?: string): { getResponseText(): string; getSelectedButton(): string } {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
    const { button, text } = this._answer(buttons);
    this._env.ui.prompts.push({
      title: String(title),
      prompt: String(prompt),
      buttons: String(buttons),
      response: button,
      text,
    });
    return { getResponseText: () => text, getSelectedButton: () => button };
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this._show('sidebar', userInterface, userInterface._title);
  }

  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    this._show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: GasHtmlOutput, title: string): void {
    this._show('modeless', userInterface, title);
  }

  private _show(kind: ShownHtml['kind'], out: GasHtmlOutput, title: string): void {
    if (typeof out !== 'object' || out === null || typeof out._content !== 'string')
      this._env.ctx.fail('Invalid argument: userInterface');
    this._env.ui.shown.push({
      kind,
      title: String(title ?? ''),
      html: out._content,
      width: out._width,
      height: out._height,
    });
  }

  private _answer(buttons: string): { button: string; text: string } {
    const allowed = BUTTON_SETS[buttons];
    if (!allowed) return this._env.ctx.fail(`Invalid argument: buttons (${buttons})`);
    const next = this._env.ui.responses.shift();
    const answer =
      next === undefined
        ? { button: allowed[0], text: '' }
        : typeof next === 'string'
          ? { button: next, text: '' }
          : next;
    if (!allowed.includes(answer.button) && answer.button !== 'CLOSE') {
      throw new Error(`Host test setup: queued answer ${answer.button} is not one of ${allowed.join(', ')}`);
    }
    return answer;
  }
}
