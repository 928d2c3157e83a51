/** The add-on menu and its small dialogs, through the built bundle. */
import { generateWorkbook } from '../../examples/generate';
import { hostWith } from '../helpers/addonHost';
import { PERIOD_PROPERTY } from '../../src/addon/period';

const tabs = generateWorkbook({ leads: 200 });

test('onOpen builds the add-on menu (every item calls a top-level function), in the user language', () => {
  const { host, addon } = hostWith(tabs, { locale: 'ru_RU' });
  addon.call('onOpen', { authMode: 'NONE' });
  const items = host.ui.menuItems();
  expect(items.map((i) => i.path)).toEqual([
    'Throughline > Окупаемость рекламы',
    'Throughline > Влияние трафика',
    'Throughline > Качество данных',
    'Throughline > Все отчёты',
    'Throughline > Период отчётов…',
    'Throughline > Настройки',
    'Throughline > Обновить пользовательские функции',
    'Throughline > Справка / о надстройке',
  ]);
  for (const item of items) expect(addon.has(item.functionName)).toBe(true);
  // onOpen touches no document (it may run before authorization).
  expect(host.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
});

test('onInstall shows the same menu', () => {
  const { host, addon } = hostWith(tabs, { locale: 'en_US' });
  addon.call('onInstall', {});
  expect(host.ui.menuItems().map((i) => i.path)[0]).toBe('Throughline > Ad payback');
});

test('"Report period…" reads two dates and remembers them; a bad answer changes nothing', () => {
  const { host, addon } = hostWith(tabs, { locale: 'ru_RU' });
  host.ui.responses.push({ button: 'OK', text: '01.10.2026 – 31.10.2026 без сравнения' });
  addon.call('menuPeriod');
  expect(JSON.parse(host.properties.document.data.get(PERIOD_PROPERTY)!)).toEqual({
    from: '2026-10-01',
    to: '2026-10-31',
    compare: false,
  });
  host.ui.responses.push({ button: 'OK', text: '31.10.2026 – 01.10.2026' });
  addon.call('menuPeriod');
  expect(host.ui.alerts.at(-1)?.prompt ?? host.ui.alerts.at(-1)?.title).toMatch(
    /Не удалось прочитать период/,
  );
  expect(JSON.parse(host.properties.document.data.get(PERIOD_PROPERTY)!).from).toBe('2026-10-01');
  addon.call('menuAdPayback');
  expect(host.values('Окупаемость рекламы')[2].slice(0, 2)).toEqual(['Сравнение с', 'без сравнения']);
});

test('Settings opens the sidebar', () => {
  const { host, addon } = hostWith(tabs, { locale: 'en_US' });
  addon.call('menuSettings');
  expect(host.ui.sidebars).toHaveLength(1);
  expect(host.ui.sidebars[0].html).toMatch(/<html/);
});
