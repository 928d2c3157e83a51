/** HtmlService: outputs from strings or from the built `.html` files of the dist folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostContext } from './context';
import type { Implements } from './gas-types';

type OutputApi = Implements<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'getContent'
  | 'setContent'
  | 'append'
>;

export class GasHtmlOutput implements OutputApi {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;

  constructor(
    ctx: HostContext,
    public _content: string,
  ) {
    return ctx.expose(this, 'HtmlOutput');
  }

  setTitle(title: string): GasHtmlOutput {
    this._title = String(title);
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setWidth(width: number): GasHtmlOutput {
    this._width = width;
    return this;
  }

  getWidth(): number {
    return this._width ?? 0;
  }

  setHeight(height: number): GasHtmlOutput {
    this._height = height;
    return this;
  }

  getHeight(): number {
    return this._height ?? 0;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): GasHtmlOutput {
    this._content = String(content);
    return this;
  }

  append(addedContent: string): GasHtmlOutput {
    this._content += String(addedContent);
    return this;
  }

  setSandboxMode(_mode: unknown): GasHtmlOutput {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): GasHtmlOutput {
    return this;
  }

  addMetaTag(_name: string, _content: string): GasHtmlOutput {
    return this;
  }
}

export class GasHtmlService {
  readonly SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

  constructor(
    private readonly _ctx: HostContext,
    private readonly _distDir: string,
  ) {
    return _ctx.expose(this, 'HtmlService');
  }

  createHtmlOutput(html?: string): GasHtmlOutput {
    return new GasHtmlOutput(this._ctx, html === undefined ? '' : String(html));
  }

  /** Reads `<dist>/<name>.html` (Apps Script files are named without the extension). */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    const base = String(filename).replace(/\.html$/, '');
    const path = join(this._distDir, `${base}.html`);
    if (!existsSync(path)) this._ctx.fail(`No HTML file named ${base} was found.`);
    return new GasHtmlOutput(this._ctx, readFileSync(path, 'utf8'));
  }
}
