import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, LOCK_TIMEOUT_ERROR } from '../../local/host';

const T0 = Date.UTC(2024, 0, 15, 9, 0, 0);

describe('PropertiesService', () => {
  it('stores strings per store and returns null for missing keys', () => {
    const host = createHost();
    const props = host.service('PropertiesService');
    props.getDocumentProperties().setProperty('period', '2024-01');
    props.getUserProperties().setProperties({ a: '1', b: '2' });
    expect(props.getDocumentProperties().getProperty('period')).toBe('2024-01');
    expect(props.getUserProperties().getProperty('period')).toBeNull();
    expect(props.getUserProperties().getProperties()).toEqual({ a: '1', b: '2' });
    props.getUserProperties().deleteProperty('a');
    expect(props.getUserProperties().getKeys()).toEqual(['b']);
  });

  it('refuses a value over 9 KB and a store over 500 KB, changing nothing', () => {
    const host = createHost();
    const store = host.service('PropertiesService').getScriptProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    store.setProperty('ok', 'я'.repeat(4 * 1024)); // 8 KB in UTF-8
    // 8194 + 10 × 8002 + 52 × 8003 = 504,370 bytes fit; one more entry passes 512,000.
    for (let i = 0; i < 62; i++) store.setProperty(`k${i}`, 'x'.repeat(8000));
    expect(() => store.setProperty('k62', 'x'.repeat(8000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(store.getProperty('k62')).toBeNull();
  });
});

describe('CacheService', () => {
  it('expires entries against the fake clock (default 600 s, at most 6 h)', () => {
    const host = createHost({ now: T0 });
    const cache = host.service('CacheService').getScriptCache();
    cache.put('a', '1');
    cache.put('b', '2', 100_000);
    host.clock.advance(599_000);
    expect(cache.get('a')).toBe('1');
    host.clock.advance(2_000);
    expect(cache.get('a')).toBeNull();
    host.clock.advance(21_600_000 - 601_000);
    expect(cache.getAll(['a', 'b'])).toEqual({});
  });

  it('enforces key and value sizes', () => {
    const host = createHost();
    const cache = host.service('CacheService').getDocumentCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    cache.putAll({ x: '1', y: '2' });
    cache.removeAll(['x']);
    expect(cache.getAll(['x', 'y'])).toEqual({ y: '2' });
  });
});

describe('LockService', () => {
  it('gives the lock when free, and times out while another execution holds it', () => {
    const host = createHost({ now: T0 });
    const locks = host.service('LockService');
    host.execute(() => {
      const lock = locks.getDocumentLock();
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
    });
    expect(host.locks.document.isHeld()).toBe(false); // released at the end of the execution

    host.locks.document.holdByOther();
    host.execute(() => {
      const lock = locks.getDocumentLock();
      const before = host.clock.now();
      expect(lock.tryLock(5000)).toBe(false);
      expect(host.clock.now() - before).toBeGreaterThanOrEqual(5000);
      expect(() => lock.waitLock(10_000)).toThrow(LOCK_TIMEOUT_ERROR);
    });
    host.locks.document.release();
    host.execute(() => expect(locks.getDocumentLock().tryLock(0)).toBe(true));
  });

  it('acquires once the other holder releases within the wait', () => {
    const host = createHost({ now: T0 });
    host.locks.script.holdByOther({ releaseAfterMs: 3000 });
    host.execute(() => {
      const lock = host.service('LockService').getScriptLock();
      expect(lock.tryLock(1000)).toBe(false);
      lock.waitLock(5000);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });
});

describe('Utilities, Session, Logger, console', () => {
  it('formats dates in a time zone with SimpleDateFormat letters', () => {
    const host = createHost();
    const u = host.service('Utilities');
    const d = new Date(Date.UTC(2024, 0, 5, 21, 7, 9));
    expect(u.formatDate(d, 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-06 00:07:09');
    expect(u.formatDate(d, 'UTC', "dd.MM.yy 'at' h:mm a")).toBe('05.01.24 at 9:07 PM');
    expect(u.formatDate(d, 'Europe/Moscow', 'Z')).toBe('+0300');
  });

  it('computes digests as signed bytes, and sleeps on the fake clock', () => {
    const host = createHost({ now: T0 });
    const u = host.service('Utilities');
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    const hex = md5.map((b) => (b < 0 ? b + 256 : b).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5.some((b) => b < 0)).toBe(true);
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toHaveLength(32);
    u.sleep(1500);
    expect(host.clock.now()).toBeGreaterThanOrEqual(T0 + 1500);
  });

  it('answers Session and records logs', () => {
    const host = createHost({ userEmail: 'anna@example.com' });
    const s = host.service('Session');
    expect([s.getActiveUser().getEmail(), s.getActiveUserLocale(), s.getScriptTimeZone()]).toEqual([
      'anna@example.com',
      'ru',
      'Europe/Moscow',
    ]);
    host.service('Logger').log('rows: %s', 12);
    host.service('console').warn('careful', { n: 1 });
    expect(host.logs.texts()).toEqual(['rows: 12', 'careful {"n":1}']);
  });
});

describe('Ui and HtmlService', () => {
  it('records menus, alerts with queued answers, sidebars and toasts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>hi</p>');
    const host = createHost({ distDir: dir });
    const ui = host.service('SpreadsheetApp').getUi();
    ui.createAddonMenu()
      .addItem('Ad payback', 'menuAdPayback')
      .addSeparator()
      .addSubMenu(ui.createMenu('More').addItem('Help', 'menuHelp'))
      .addToUi();
    expect(host.ui.menuItems()).toEqual([
      { path: 'Throughline > Ad payback', functionName: 'menuAdPayback' },
      { path: 'Throughline > More > Help', functionName: 'menuHelp' },
    ]);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    host.ui.responses.push('NO');
    expect(ui.alert('Title', 'Replace?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(host.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ['', 'Done', 'OK'],
      ['Title', 'Replace?', 'NO'],
    ]);
    const html = host.service('HtmlService').createHtmlOutputFromFile('Sidebar').setTitle('Settings');
    ui.showSidebar(html);
    ui.showModalDialog(
      host.service('HtmlService').createHtmlOutput('<b>x</b>').setWidth(300).setHeight(200),
      'Period',
    );
    expect(host.ui.sidebars).toEqual([
      { kind: 'sidebar', title: 'Settings', html: '<p>hi</p>', width: null, height: null },
    ]);
    expect(host.ui.dialogs[0]).toMatchObject({ title: 'Period', width: 300, height: 200 });
    expect(() => host.service('HtmlService').createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
    host.spreadsheetObject().toast('Generated', 'Throughline');
    expect(host.ui.toasts).toEqual([{ message: 'Generated', title: 'Throughline', timeoutSeconds: 5 }]);
  });
});
