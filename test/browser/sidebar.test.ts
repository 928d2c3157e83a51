/**
 * The sidebar in a real browser (Debian's Chromium through playwright-core), over the local preview server:
 * the built dist/Sidebar.html, its google.script.run bridged to the built dist/Code.js in the local host, and
 * every write saved to a copy of the example workbook — which the tests then read back with exceljs.
 *
 * Without /usr/bin/chromium the tests are skipped with the install command; in CI (CI=true) that is a failure.
 */
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSidebarServer, type SidebarServer } from '../../local/sidebar-server';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';
const ROOT = resolve(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'example.xlsx');
const SHOTS = join(ROOT, 'docs', 'img');
/** The example's data ends in November 2026: "today" is early December, so the default period is November. */
const TODAY = Date.parse('2026-12-04T12:00:00Z');

const haveBrowser = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const built = existsSync(join(ROOT, 'dist', 'Code.js')) && existsSync(join(ROOT, 'dist', 'Sidebar.html'));

jest.setTimeout(120_000);

if (!haveBrowser && !inCi) {
  console.warn(`Sidebar browser tests skipped: ${CHROMIUM} is missing. Install it with: ${INSTALL}`);
}

const suite = haveBrowser || inCi ? describe : describe.skip;

suite('sidebar in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`Chromium is missing (${CHROMIUM}); install it with: ${INSTALL}`);
    if (!built) throw new Error('dist/ is not built: run npm run build (npm test does)');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    });
    dir = mkdtempSync(join(tmpdir(), 'sidebar-test-'));
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let n = 0;
  /** A fresh copy of the example workbook and a server over it. */
  async function open(
    locale: 'en_US' | 'ru_RU' = 'en_US',
  ): Promise<{ server: SidebarServer; file: string; page: Page; dialogs: string[] }> {
    const file = join(dir, `book-${++n}.xlsx`);
    if (!existsSync(EXAMPLE)) throw new Error('examples/example.xlsx is missing (npm run example)');
    copyFileSync(EXAMPLE, file);
    const server = await startSidebarServer({ file, port: 0, locale, now: TODAY });
    const page = await newPage(server);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return { server, file, page, dialogs };
  }

  async function newPage(server: SidebarServer, height = 800): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height } });
    await page.goto(server.url);
    await page.getByRole('tab').first().waitFor();
    return page;
  }

  /** The cells of a tab of the saved workbook, as text, header row first. */
  async function savedTab(file: string, names: string[]): Promise<string[][]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => names.includes(w.name));
    if (!ws) return [];
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value;
        cells.push(
          v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v),
        );
      }
      rows.push(cells);
    });
    return rows;
  }

  const COSTS_TAB = ['Manual costs', 'Ручные расходы'];
  const SOURCES_TAB = ['Sources', 'Источники'];

  async function addCost(page: Page, fields: Record<string, string>): Promise<void> {
    const panel = page.locator('#panel-costs');
    await page.getByRole('tab', { name: 'Manual costs' }).click();
    await panel.getByRole('button', { name: 'Add cost' }).click();
    const form = panel.locator('form.cost-form');
    for (const [label, value] of Object.entries(fields))
      await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Save' }).click();
  }

  test('adds, edits and deletes a manual cost, each saved to the workbook', async () => {
    const { server, file, page, dialogs } = await open();
    try {
      const before = await savedTab(file, COSTS_TAB);
      await addCost(page, {
        Source: 'Наружная реклама',
        From: '2026-10-01',
        To: '2026-10-31',
        Amount: '12 345,50',
        Currency: 'RUB',
        Actions: '40',
        Category: 'Billboards',
        Comment: '=HYPERLINK("http://x") stays text',
      });
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      let rows = await savedTab(file, COSTS_TAB);
      expect(rows.length).toBe(before.length + 1);
      const added = rows[rows.length - 1];
      expect(added.slice(0, 8)).toEqual([
        'Наружная реклама',
        '2026-10-01',
        '2026-10-31',
        '12345.5',
        'RUB',
        '40',
        'Billboards',
        '=HYPERLINK("http://x") stays text',
      ]);

      // Edit it: found by its content, whatever row it is in.
      const panel = page.locator('#panel-costs');
      await panel.getByRole('button', { name: 'Edit: Наружная реклама 2026-10-01 – 2026-10-31' }).click();
      const form = panel.locator('form.cost-form');
      await form.getByLabel('Amount', { exact: true }).fill('20000');
      await form.getByLabel('To', { exact: true }).fill('2026-11-15');
      await form.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('button', { name: 'Edit: Наружная реклама 2026-10-01 – 2026-11-15' }).waitFor();
      rows = await savedTab(file, COSTS_TAB);
      expect(rows.length).toBe(before.length + 1);
      expect(rows[rows.length - 1].slice(0, 4)).toEqual([
        'Наружная реклама',
        '2026-10-01',
        '2026-11-15',
        '20000',
      ]);

      // Filter by month, with the month's share spread by day: 20000 over 46 days, 15 of them in November.
      await panel.getByLabel('Filter: source').selectOption('Наружная реклама');
      await panel.getByLabel('Filter: month').selectOption('2026-11');
      await expect(panel.locator('.totals').textContent()).resolves.toContain('in this month');

      await panel.getByRole('button', { name: 'Delete: Наружная реклама 2026-10-01 – 2026-11-15' }).click();
      await page.getByRole('status').filter({ hasText: 'Deleted.' }).waitFor();
      rows = await savedTab(file, COSTS_TAB);
      expect(rows).toEqual(before);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('shows validation errors next to the fields and writes nothing', async () => {
    const { server, file, page } = await open();
    try {
      const before = readFileSync(file);
      await addCost(page, { Source: 'Наружная реклама', From: '2026-11-30', To: '2026-11-01', Amount: '-5' });
      const form = page.locator('#panel-costs form.cost-form');
      await expect(form.getByLabel('Amount', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expect(form.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(form.getByRole('alert').allTextContents()).resolves.toEqual([
        '"To" is before "From".',
        'The amount must be more than zero.',
      ]);
      expect(server.calls).not.toContain('sidebar_addManualCost');

      // What only the server knows: the source must be one the reports know.
      await form.getByLabel('Source', { exact: true }).fill('No such source at all');
      await form.getByLabel('From', { exact: true }).fill('2026-11-01');
      await form.getByLabel('To', { exact: true }).fill('2026-11-30');
      await form.getByLabel('Amount', { exact: true }).fill('1000');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByText('Unknown source', { exact: false }).waitFor();
      await expect(form.getByLabel('Source', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expect(
        form.getByLabel('Amount', { exact: true }).getAttribute('aria-invalid'),
      ).resolves.toBeNull();
      expect(server.calls).toContain('sidebar_addManualCost');
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('adds a source from a value no rule matches; a hostile value shows as text', async () => {
    const { server, file, page, dialogs } = await open();
    try {
      const panel = page.locator('#panel-sources').getByRole('region', { name: 'Sources' });
      const hostile = '<img src=x onerror=alert(1)>';
      await panel.getByText(hostile, { exact: true }).waitFor();
      expect(await page.locator('img').count()).toBe(0);

      const item = panel.locator('.unmatched-item').filter({ hasText: 'Звонок' });
      await expect(item.locator('.count').textContent()).resolves.toBe('222 rec.');
      await item.getByRole('button', { name: 'Add: Звонок' }).click();
      await page.getByRole('status').filter({ hasText: '"Звонок" → "Звонок".' }).waitFor();
      const sources = await savedTab(file, SOURCES_TAB);
      const row = sources.find((r) => r[0] === 'Звонок');
      expect(row?.slice(0, 3)).toEqual(['Звонок', 'organic', 'Звонок']);
      await expect(
        panel
          .locator('.unmatched-item .value')
          .filter({ hasText: /^Звонок$/ })
          .count(),
      ).resolves.toBe(0);

      // The hostile value into an existing source: written as text, shown as text.
      const bad = panel
        .locator('.unmatched-item')
        .filter({ has: page.locator('.value', { hasText: hostile }) });
      await bad.getByRole('combobox').selectOption({ label: 'Google Ads' });
      await bad.getByRole('button', { name: 'Add: ' + hostile }).click();
      await panel.locator('.matches').filter({ hasText: hostile }).waitFor();
      const google = (await savedTab(file, SOURCES_TAB)).find((r) => r[0] === 'Google Ads');
      expect(google?.[2]).toBe('google, adwords, ' + hostile);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('generates a report from the Reports tab and names its sheet', async () => {
    const { server, file, page } = await open();
    try {
      await page.getByRole('tab', { name: 'Reports' }).click();
      const panel = page.locator('#panel-reports');
      await expect(panel.getByLabel('Period from').inputValue()).resolves.toBe('2026-11-01');
      await expect(panel.getByLabel('to', { exact: true }).inputValue()).resolves.toBe('2026-11-30');
      await panel.getByRole('button', { name: 'Ad payback' }).click();
      await panel.getByText('Done: sheet "Ad payback".').waitFor();
      await panel.getByText(/^Paid: cost/).waitFor();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toContain('Ad payback');
      await panel.getByRole('button', { name: 'Open: Ad payback' }).click();
      await page.waitForFunction(() => !document.querySelector('#panel-reports button[aria-busy]'));
      for (let i = 0; i < 50 && server.calls[server.calls.length - 1] !== 'sidebar_openSheet'; i++)
        await page.waitForTimeout(100);
      await page.waitForTimeout(200);
      expect(server.host.spreadsheetObject().getActiveSheet().getName()).toBe('Ad payback');
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('two admins at once: both rows kept, a stale edit refused and shown', async () => {
    const { server, file, page } = await open();
    const other = await newPage(server);
    try {
      const before = await savedTab(file, COSTS_TAB);
      // Both sidebars are open on the same list; each adds a cost without seeing the other's.
      await addCost(page, {
        Source: 'Выставки',
        From: '2026-11-01',
        To: '2026-11-30',
        Amount: '100',
        Comment: 'first admin',
      });
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await addCost(other, {
        Source: 'Выставки',
        From: '2026-11-01',
        To: '2026-11-30',
        Amount: '200',
        Comment: 'second admin',
      });
      await other.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const rows = await savedTab(file, COSTS_TAB);
      expect(rows.length).toBe(before.length + 2);
      expect(rows.slice(-2).map((r) => r[7])).toEqual(['first admin', 'second admin']);

      // The first admin's list is stale: deleting the second admin's new row there is not possible (not listed),
      // and editing a row the second admin has just deleted is refused with a message, nothing overwritten.
      const panelB = other.locator('#panel-costs');
      await panelB.getByRole('button', { name: 'Delete: Выставки 2026-11-01 – 2026-11-30' }).first().click();
      await other.getByRole('status').filter({ hasText: 'Deleted.' }).waitFor();
      const panelA = page.locator('#panel-costs');
      await panelA.getByRole('button', { name: 'Edit: Выставки 2026-11-01 – 2026-11-30' }).first().click();
      await panelA.locator('form.cost-form').getByLabel('Amount', { exact: true }).fill('999');
      await panelA.locator('form.cost-form').getByRole('button', { name: 'Save' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Someone else has just changed or deleted this row' })
        .waitFor();
      const after = await savedTab(file, COSTS_TAB);
      expect(after.length).toBe(before.length + 1);
      expect(after.some((r) => r[3] === '999')).toBe(false);
    } finally {
      await other.close();
      await page.close();
      await server.close();
    }
  });

  test('a server failure (the document lock held elsewhere) is shown, not swallowed', async () => {
    const { server, page } = await open();
    try {
      server.host.locks.document.holdByOther();
      await addCost(page, { Source: 'Выставки', From: '2026-11-01', To: '2026-11-30', Amount: '100' });
      await page.getByRole('alert').filter({ hasText: 'Try again in a minute' }).waitFor();
      server.host.locks.document.release();
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('tabs work from the keyboard', async () => {
    const { server, page } = await open();
    try {
      const first = page.getByRole('tab', { name: 'Sources' });
      await first.focus();
      await page.keyboard.press('ArrowRight');
      await expect(
        page.getByRole('tab', { name: 'Manual costs' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      await expect(page.locator('#panel-costs').isVisible()).resolves.toBe(true);
      await page.keyboard.press('End');
      await expect(page.getByRole('tab', { name: 'Reports' }).getAttribute('aria-selected')).resolves.toBe(
        'true',
      );
      await page.keyboard.press('ArrowRight');
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(300);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test.each([
    ['en', 'en_US', ['Sources', 'Manual costs', 'Reports']],
    ['ru', 'ru_RU', ['Источники', 'Ручные расходы', 'Отчёты']],
  ] as const)('screenshots of each section (%s)', async (lang, locale, tabNames) => {
    const { server, page } = await open(locale);
    try {
      mkdirSync(SHOTS, { recursive: true });
      const sections = ['sources', 'costs', 'reports'];
      await page.locator('.unmatched-item').first().waitFor();
      for (let i = 0; i < sections.length; i++) {
        await page.getByRole('tab', { name: tabNames[i] }).click();
        if (sections[i] === 'costs') {
          await page
            .locator('#panel-costs')
            .getByRole('button', { name: lang === 'ru' ? 'Добавить расход' : 'Add cost' })
            .click();
        }
        if (sections[i] === 'reports') {
          const panel = page.locator('#panel-reports');
          await panel
            .getByRole('button', { name: lang === 'ru' ? 'Окупаемость рекламы' : 'Ad payback' })
            .click();
          await panel.locator('.result-ok').waitFor();
        }
        await page.screenshot({ path: join(SHOTS, `sidebar-${sections[i]}-${lang}.png`), fullPage: false });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(300);
      }
    } finally {
      await page.close();
      await server.close();
    }
  });
});
