import { asLiteralText, isFormulaLike } from '../../../src/core/layout/literal';
import { Canvas } from '../../../src/core/layout/canvas';
import { a1Range, columnLetter, internalLink } from '../../../src/core/layout/a1';
import { layoutDetails, spanKey } from '../../../src/core/layout/detailsLayout';
import { layoutTrafficInfluence } from '../../../src/core/layout/trafficInfluenceLayout';
import { layoutAdPayback } from '../../../src/core/layout/adPaybackLayout';
import { buildTrafficInfluence } from '../../../src/core/reports/trafficInfluence';
import { buildAdPayback } from '../../../src/core/reports/adPayback';
import { cost, dataset, day, deal, lead, params, period, times, wonDeal } from '../../helpers/dataset';

describe('data text stays text', () => {
  test.each([
    '=IMPORTXML("http://x","//a")',
    "=cmd|' /C calc'!A0",
    '+7 999 123-45-67',
    '-1+2',
    '@SUM(A1)',
    '\tx',
    '\rx',
  ])('%j gets the literal-text apostrophe', (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(asLiteralText(text)).toBe("'" + text);
  });

  test('plain text is untouched, and a leading apostrophe is kept as a character', () => {
    expect(asLiteralText('ВКонтакте')).toBe('ВКонтакте');
    expect(asLiteralText("'quoted")).toBe("''quoted");
  });

  test('canvas text is escaped and typed as plain text; numbers stay numbers; undefined metrics are blank', () => {
    const c = new Canvas();
    c.text(0, 0, '=HYPERLINK("http://evil","x")');
    c.number(0, 1, -5);
    c.number(0, 2, null);
    c.formula(1, 0, '=HYPERLINK("#gid=1&range=A1:B2",3)');
    const g = c.toGrids();
    expect(g.values[0]).toEqual(['\'=HYPERLINK("http://evil","x")', -5, '']);
    expect(g.formats[0][0]).toBe('@');
    expect(g.values[1][0]).toBe('=HYPERLINK("#gid=1&range=A1:B2",3)');
    expect(() => c.formula(2, 0, 'SUM(A1)')).toThrow();
  });
});

describe('A1 helpers', () => {
  test('column letters and ranges', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(a1Range(2, 0, 3, 8)).toBe('A3:H5');
    expect(internalLink(42, 'A3:H5', 3)).toBe('=HYPERLINK("#gid=42&range=A3:H5",3)');
  });
});

describe('Traffic influence drill-down', () => {
  const p = period('2026-11-01', '2026-11-30');
  const ds = dataset({
    leads: [
      ...times(5, (i) =>
        lead({ id: `A${i}`, responsible: 'Анна', utmSource: 'vk', created: day('2026-11-02') }),
      ),
      ...times(3, (i) =>
        lead({ id: `B${i}`, responsible: 'Анна', utmSource: 'google', created: day('2026-11-03') }),
      ),
      ...times(4, (i) =>
        lead({ id: `C${i}`, responsible: 'Олег', utmSource: 'vk', created: day('2026-11-04') }),
      ),
    ],
    deals: [
      wonDeal(1000, { id: 'D1', responsible: 'Анна', utmSource: 'vk', created: day('2026-11-05') }),
      deal({ id: 'D2', responsible: 'Олег', utmSource: 'vk', created: day('2026-11-05') }),
      wonDeal(2000, { id: 'D3', responsible: 'Анна', utmSource: 'google', created: day('2026-11-06') }),
    ],
    costs: [cost({ source: 'vk', date: day('2026-11-01'), cost: 100 })],
  });
  const model = buildTrafficInfluence(ds, params(p, { locale: 'ru' }));
  const { canvas, spans } = layoutDetails(model, ds);
  const values = canvas.toGrids().values;
  const idsIn = (key: string): string[] => {
    const s = spans.get(key)!;
    return values.slice(s.first, s.first + s.count).map((r) => String(r[0]));
  };

  test('every count links to exactly its records', () => {
    model.managers.forEach((m, mi) => {
      expect(idsIn(spanKey(mi, 'total', 'leads')).sort()).toEqual([...m.total.leadIds].sort());
      expect(idsIn(spanKey(mi, 'total', 'won')).sort()).toEqual([...m.total.wonIds].sort());
      m.sources.forEach((s, si) => {
        expect(idsIn(spanKey(mi, si, 'leads'))).toEqual(s.cell.leadIds);
        expect(idsIn(spanKey(mi, si, 'deals'))).toEqual(s.cell.dealIds);
        expect(idsIn(spanKey(mi, si, 'won'))).toEqual(s.cell.wonIds);
      });
    });
    expect(idsIn(spanKey('all', 'total', 'leads')).length).toBe(12);
  });

  test('the report sheet holds HYPERLINKs whose labels are the counts', () => {
    const sheet = layoutTrafficInfluence(model, 'now', 777, spans).toGrids().values;
    const links = sheet.flat().filter((v) => typeof v === 'string' && v.startsWith('=HYPERLINK('));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const m = /^=HYPERLINK\("#gid=777&range=A(\d+):H(\d+)",(\d+)\)$/.exec(String(link));
      expect(m).not.toBeNull();
      expect(Number(m![2]) - Number(m![1]) + 1).toBe(Number(m![3]));
    }
    // Nothing but HYPERLINK is a formula on the sheet: no custom functions.
    const formulas = sheet.flat().filter((v) => typeof v === 'string' && v.startsWith('='));
    expect(formulas.every((f) => String(f).startsWith('=HYPERLINK('))).toBe(true);
  });
});

describe('Ad payback layout', () => {
  test('ROI is blank (not 0) where cost is 0, and the chart block spans the sources', () => {
    const p = period('2026-11-01', '2026-11-30');
    const ds = dataset({
      leads: [
        lead({ utmSource: 'seo', created: day('2026-11-02') }),
        lead({ utmSource: 'vk', created: day('2026-11-02') }),
      ],
      costs: [cost({ source: 'vk', date: day('2026-11-01'), cost: 100 })],
    });
    const model = buildAdPayback(ds, params(p));
    const canvas = layoutAdPayback(model, 'now');
    const g = canvas.toGrids().values;
    const seoRow = g.find((r) => r[0] === 'seo')!;
    const roiCol = g.find((r) => r[0] === 'Source' && r[10] === 'ROI') ? 10 : -1;
    expect(roiCol).toBe(10);
    expect(seoRow[roiCol]).toBe('');
    expect(canvas.chart).not.toBeNull();
    expect(canvas.chart!.numRows).toBe(model.chart.length + 1);
    expect(g[canvas.chart!.row][0]).toBe('Source');
  });
});
