import type { Grid } from '../../../src/core/model';
import { applied } from './applyEdit';
import { EditError } from '../../../src/core/settingsEdit/editError';
import {
  addRule,
  addValueToRule,
  deleteRule,
  listRules,
  mergeRules,
  updateRule,
} from '../../../src/core/settingsEdit/ruleEdit';

const SOURCES: Grid = [
  ['Источник', 'Тип', 'Соответствия', 'Цвет'],
  ['VK', 'платный', 'vk, vkontakte', '#0077ff'],
  ['Avito', 'paid', 'avito', ''],
  ['Сарафан', 'органика', 'friend', ''],
];

describe('Sources and Channels rules', () => {
  test('lists rules with types read as the reports read them; an unknown type is shown', () => {
    const rules = listRules([...SOURCES, ['Odd', 'weird', 'x', '']], 'sources');
    expect(rules.map((r) => [r.name, r.type, r.badType, r.ref.row])).toEqual([
      ['VK', 'paid', '', 2],
      ['Avito', 'paid', '', 3],
      ['Сарафан', 'organic', '', 4],
      ['Odd', 'paid', 'weird', 5],
    ]);
    expect(listRules(null, 'sources')).toEqual([]);
  });

  test('adding to a missing tab creates it with its header in the spreadsheet language', () => {
    const edit = addRule(
      null,
      'sources',
      { name: 'Яндекс', type: 'offline', matches: 'yandex', color: '#ffcc00' },
      'ru',
    );
    expect(edit.create).toBe(true);
    expect(applied(null, edit)).toEqual([
      ['Источник', 'Тип', 'Соответствия', 'Цвет'],
      ['Яндекс', 'офлайн', 'yandex', '#ffcc00'],
    ]);
    const channels = addRule(null, 'channels', { name: 'Phone', matches: 'CALL' }, 'en');
    expect(applied(null, channels)).toEqual([
      ['Channel', 'Matches'],
      ['Phone', 'CALL'],
    ]);
  });

  test('names stay unique; regexes and colours are checked; text from the user stays text', () => {
    expect(() => addRule(SOURCES, 'sources', { name: ' vk ', matches: '' }, 'ru')).toThrow(
      new EditError('duplicateName', 'vk'),
    );
    expect(() => addRule(SOURCES, 'sources', { name: '', matches: '' }, 'ru')).toThrow(EditError);
    expect(() => addRule(SOURCES, 'sources', { name: 'X', matches: '/a(/' }, 'ru')).toThrow(
      new EditError('badMatches', '/a(/'),
    );
    expect(() => addRule(SOURCES, 'sources', { name: 'X', matches: '', color: 'red' }, 'ru')).toThrow(
      EditError,
    );
    const edit = addRule(
      SOURCES,
      'sources',
      { name: '=HYPERLINK("x")', type: 'paid', matches: '+7 999' },
      'en',
    );
    expect(edit.writes).toEqual([
      { row: 5, column: 1, values: [['\'=HYPERLINK("x")', 'paid', "'+7 999", '']] },
    ]);
  });

  test('renaming keeps the other cells and reports the old name', () => {
    const ref = listRules(SOURCES, 'sources')[0].ref;
    const out = updateRule(
      SOURCES,
      'sources',
      ref,
      { name: 'ВКонтакте', type: 'paid', matches: 'vk', color: '#0077ff' },
      'ru',
    );
    expect(out.renamed).toEqual({ from: 'VK', to: 'ВКонтакте' });
    expect(applied(SOURCES, out.edit)[1]).toEqual(['ВКонтакте', 'платный', 'vk', '#0077ff']);
    // Keeping its own name is not a duplicate.
    expect(updateRule(SOURCES, 'sources', ref, { name: 'VK', matches: 'vk' }, 'ru').renamed).toBeNull();
  });

  test('deletes by content even after rows moved; merges matches and names into the target', () => {
    const [vk, avito, word] = listRules(SOURCES, 'sources');
    const moved = [SOURCES[0], ['New', '', 'new', ''], ...SOURCES.slice(1)];
    expect(deleteRule(moved, 'sources', avito.ref).deletes).toEqual([4]);
    const merged = mergeRules(SOURCES, 'sources', [avito.ref, word.ref], vk.ref);
    expect(merged.merged).toEqual(['Avito', 'Сарафан']);
    expect(merged.into).toBe('VK');
    expect(applied(SOURCES, merged.edit)).toEqual([
      SOURCES[0],
      ['VK', 'платный', 'vk, vkontakte, avito, friend, Сарафан', '#0077ff'],
    ]);
    expect(() => mergeRules(SOURCES, 'sources', [vk.ref], vk.ref)).toThrow(EditError);
  });

  test('a value from the data joins an existing rule, or becomes a new rule of the suggested type', () => {
    const [vk] = listRules(SOURCES, 'sources');
    const into = addValueToRule(SOURCES, 'sources', 'VK_ads', { ref: vk.ref }, 'ru');
    expect(applied(SOURCES, into)[1][2]).toBe('vk, vkontakte, VK_ads');
    const fresh = addValueToRule(SOURCES, 'sources', 'Звонок', { newType: 'organic' }, 'ru');
    expect(applied(SOURCES, fresh)[4]).toEqual(['Звонок', 'органический', 'Звонок', '']);
    // A rule of that name already exists: the value is added to it rather than a duplicate made.
    const again = addValueToRule(SOURCES, 'sources', 'avito', { newType: null }, 'ru');
    expect(again.writes).toEqual([]);
  });
});
