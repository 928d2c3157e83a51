/**
 * `npm run sidebar -- --in FILE.xlsx [--port N] [--locale ru_RU|en_US] [--time-zone ZONE] [--today YYYY-MM-DD]`
 *
 * The sidebar in a real browser, over a real workbook: serves dist/Sidebar.html (as the add-on's own
 * `menuSettings` hands it to the UI) on 127.0.0.1, with a small `google.script.run` shim that POSTs
 * `{fn, args}` here; each call runs in the sandboxed dist/Code.js over the loaded workbook, with
 * google.script.run's rules (JSON only, a Date refused), one call at a time. After every successful call that
 * changed the workbook, it is saved back to FILE before the answer goes out.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHost, HostInputError, type Host } from './host';
import { loadAddon, type AddonSandbox } from './sandbox';
import { loadXlsx, saveXlsx } from './xlsx';

const ROOT = resolve(__dirname, '..');

/** Service methods that change the workbook: a call that made one is followed by a save. */
const WRITES =
  /\.(set|insert|delete|clear|append|rename|move|protect|merge|break|remove|hide|show|update|copy|sort|auto)/;

function writeCounts(host: Host): number {
  const counts = host.calls.byMethod();
  let n = 0;
  for (const method of Object.keys(counts)) if (WRITES.test(method)) n += counts[method];
  return n;
}

export interface SidebarServerOptions {
  file: string;
  /** 0 = any free port. */
  port?: number;
  locale?: string;
  timeZone?: string;
  /** The host's clock at start (default: now). */
  now?: number;
  /** Built files (default: the repository's dist/). */
  distDir?: string;
}

export interface SidebarServer {
  url: string;
  host: Host;
  addon: AddonSandbox;
  /** Calls served so far (for tests), in order. */
  calls: string[];
  close(): Promise<void>;
}

/** google.script.run, as far as the sidebar uses it: handlers, then any server function by name. */
const SHIM = `<script>
(function () {
  function runner(success, failure) {
    var own = {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
      withUserObject: function () { return runner(success, failure); }
    };
    return new Proxy(own, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              if (res.ok) { if (success) success(res.value); }
              else if (failure) failure(new Error(res.error));
              else console.error(res.error);
            }, function (err) { if (failure) failure(err); else console.error(err); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

function messageOf(e: unknown): string {
  // Errors from the sandbox come from another realm: read them by shape.
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message).split('\n')[0];
  return String(e);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5_000_000) {
        fail(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export async function startSidebarServer(options: SidebarServerOptions): Promise<SidebarServer> {
  const file = resolve(options.file);
  if (!existsSync(file)) throw new HostInputError(`No such file: ${file}`);
  const distDir = options.distDir ?? join(ROOT, 'dist');
  const codePath = join(distDir, 'Code.js');
  if (!existsSync(codePath) || !existsSync(join(distDir, 'Sidebar.html'))) {
    throw new HostInputError(`The add-on is not built (${distDir}): run npm run build`);
  }
  const spreadsheet = await loadXlsx(file, { locale: options.locale, timeZone: options.timeZone });
  const host = createHost({ spreadsheet, distDir, now: options.now });
  const addon = loadAddon(host, { codePath });
  // The page is what the add-on's own menu item shows.
  addon.call('menuSettings');
  const shown = host.ui.sidebars[host.ui.sidebars.length - 1];
  if (!shown) throw new HostInputError('menuSettings did not open a sidebar');
  const page = shown.html.replace(/<head>/i, (m) => m + SHIM);

  const calls: string[] = [];
  // One execution at a time, as for one user in Apps Script; saves are part of the call.
  let queue: Promise<unknown> = Promise.resolve();
  const serve = async (
    body: string,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> => {
    let fn = '';
    let args: unknown[] = [];
    try {
      const parsed = JSON.parse(body) as { fn?: unknown; args?: unknown };
      fn = typeof parsed.fn === 'string' ? parsed.fn : '';
      args = Array.isArray(parsed.args) ? parsed.args : [];
    } catch {
      return { ok: false, error: 'Bad request' };
    }
    if (!/^sidebar_\w+$/.test(fn) || !addon.has(fn))
      return { ok: false, error: `Script function not found: ${fn}` };
    calls.push(fn);
    try {
      const writesBefore = writeCounts(host);
      const value = addon.run(fn, ...args);
      // Saved only when the call changed something: a refused edit leaves the file as it was.
      if (writeCounts(host) > writesBefore) await saveXlsx(host.spreadsheet, file);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: messageOf(e) };
    }
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
      send(res, 200, 'text/html; charset=utf-8', page);
      return;
    }
    if (req.method === 'POST' && path === '/call') {
      readBody(req).then(
        (body) => {
          const next = queue.then(() => serve(body));
          queue = next.catch(() => undefined);
          return next.then((out) => send(res, 200, 'application/json; charset=utf-8', JSON.stringify(out)));
        },
        () => send(res, 400, 'text/plain', 'Bad request'),
      );
      return;
    }
    send(res, 404, 'text/plain', 'Not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    host,
    addon,
    calls,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// ---------------------------------------------------------------- command line

const USAGE =
  'Usage: npm run sidebar -- --in FILE.xlsx [--port N] [--locale ru_RU|en_US] [--time-zone ZONE] [--today YYYY-MM-DD]';

function parseArgs(argv: string[]): SidebarServerOptions {
  const out: Partial<SidebarServerOptions> = { port: 8765 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new HostInputError(`${a} needs a value. ${USAGE}`);
      return v;
    };
    if (a === '--in') out.file = value();
    else if (a === '--port') {
      const p = Number(value());
      if (!Number.isInteger(p) || p < 0 || p > 65535)
        throw new HostInputError(`--port takes a port number. ${USAGE}`);
      out.port = p;
    } else if (a === '--locale') out.locale = value();
    else if (a === '--time-zone') out.timeZone = value();
    else if (a === '--today') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new HostInputError(`--today takes YYYY-MM-DD. ${USAGE}`);
      out.now = Date.parse(d + 'T12:00:00Z');
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new HostInputError(`Unknown flag "${a}". ${USAGE}`);
  }
  if (!out.file) throw new HostInputError(`--in FILE.xlsx is required. ${USAGE}`);
  return out as SidebarServerOptions;
}

if (require.main === module) {
  (async () => {
    const server = await startSidebarServer(parseArgs(process.argv.slice(2)));
    console.log(`Sidebar at ${server.url}`);
    console.log('Every change made in the sidebar is saved to the workbook at once. Ctrl+C to stop.');
  })().catch((e: unknown) => {
    console.error(`error: ${messageOf(e)}`);
    process.exit(e instanceof HostInputError ? 2 : 1);
  });
}
