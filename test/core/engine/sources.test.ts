import { prepareDataset } from '../../../src/core/engine/prepared';
import { makeSourceResolver } from '../../../src/core/engine/sources';
import { dataset, deal, lead, rule, settings } from '../../helpers/dataset';

describe('makeSourceResolver with a Sources tab', () => {
  const s = settings({
    sources: [
      rule('VK', 'paid', ['vk', 'vkontakte', '/^vk[_-]/']),
      rule('Yandex Direct', 'paid', ['/yandex|ya\\.direct/'], '#ff0000'),
      rule('Billboard', 'offline', ['billboard']),
      rule('SEO', 'organic', ['ORGANIC', 'seo']),
    ],
  });
  const r = makeSourceResolver(s, 'en', ['vk_cabinet', 'fb']);

  test('literal values match case-insensitively, trimmed', () => {
    expect(r.resolve('VKontakte', '')).toMatchObject({ name: 'VK', type: 'paid', matched: true });
    expect(r.resolve('  VK ', '')).toMatchObject({ name: 'VK', matched: true });
    expect(r.resolve('', 'organic')).toMatchObject({ name: 'SEO', type: 'organic', matched: true });
  });

  test('/regex/ entries match, case-insensitive', () => {
    expect(r.resolve('VK_retargeting', '')).toMatchObject({ name: 'VK', matched: true });
    expect(r.resolve('YANDEX', '')).toMatchObject({ name: 'Yandex Direct', color: '#ff0000' });
    expect(r.resolve('', 'Ya.Direct')).toMatchObject({ name: 'Yandex Direct' });
    // The pattern is anchored: "myvk_x" is not VK.
    expect(r.resolve('myvk_x', '').name).toBe('myvk_x');
  });

  test('a rule on the UTM source wins over one on the CRM Source', () => {
    expect(r.resolve('billboard', 'vk').name).toBe('Billboard');
    // An unmatched UTM source lets a matching CRM Source decide.
    expect(r.resolve('newsletter', 'seo')).toMatchObject({ name: 'SEO', matched: true });
  });

  test('unmatched values become sources of their own: paid when they have costs', () => {
    expect(r.resolve('FB', '')).toMatchObject({ name: 'FB', type: 'paid', matched: false, value: 'FB' });
    expect(r.resolve('fb', '')).toMatchObject({ name: 'FB', matched: false, value: 'fb' });
    expect(r.resolve('', 'Partner site')).toMatchObject({
      name: 'Partner site',
      type: 'organic',
      matched: false,
    });
  });

  test('nothing given: No source, in the report locale', () => {
    expect(r.resolve('', ' ')).toBe(r.noSource);
    expect(r.noSource.name).toBe('No source');
    expect(makeSourceResolver(s, 'ru', []).noSource.name).toBe('Без источника');
  });

  test('one resolution object per distinct pair (cached)', () => {
    expect(r.resolve('vk', 'x')).toBe(r.resolve('vk', 'x'));
  });
});

describe('zero configuration', () => {
  const r = makeSourceResolver(settings(), 'en', ['google', 'Facebook ']);

  test('each distinct UTM source, else CRM Source, is a source; cost sources are paid', () => {
    expect(r.resolve('google', 'CALL')).toMatchObject({ name: 'google', type: 'paid', matched: false });
    expect(r.resolve('', 'CALL')).toMatchObject({ name: 'CALL', type: 'organic' });
    expect(r.resolve('facebook', '')).toMatchObject({ name: 'facebook', type: 'paid' });
  });

  test('the first-seen spelling names the source', () => {
    const z = makeSourceResolver(settings(), 'en', []);
    expect(z.resolve('Instagram', '').name).toBe('Instagram');
    expect(z.resolve('INSTAGRAM', '').name).toBe('Instagram');
    expect(z.resolve('INSTAGRAM', '').id).toBe(z.resolve('Instagram', '').id);
  });
});

describe('source of a deal', () => {
  const ds = dataset({
    leads: [lead({ id: 'L1', utmSource: 'vk' }), lead({ id: 'L2', crmSource: 'WEB' })],
    deals: [
      deal({ id: 'D1', leadId: 'L1' }), // inherits VK
      deal({ id: 'D2', leadId: 'L1', crmSource: 'seo' }), // its own source wins
      deal({ id: 'D3', crmSource: 'CALL' }), // direct deal with its own source
      deal({ id: 'D4' }), // direct deal, nothing: No source
      deal({ id: 'D5', leadId: 'L404' }), // unknown lead: No source
      deal({ id: 'D6', leadId: 'L2' }), // inherits the lead's CRM source
    ],
    settings: { sources: [rule('VK', 'paid', ['vk']), rule('SEO', 'organic', ['seo'])] },
  });
  const prep = prepareDataset(ds, 'en');
  const names = Array.from(prep.dealSource, (id) => prep.resolver.sources[id].name);

  test('own fields, else the lead, else No source', () => {
    expect(names).toEqual(['VK', 'SEO', 'CALL', 'No source', 'No source', 'WEB']);
  });

  test('prepared once per dataset and locale', () => {
    expect(prepareDataset(ds, 'en')).toBe(prep);
    expect(prepareDataset(ds, 'ru')).not.toBe(prep);
  });
});
