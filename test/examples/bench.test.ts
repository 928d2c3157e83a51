import { cellCount, touchEveryCell } from '../../bench/baseline';
import { measureSize } from '../../bench/measureSize';
import { growthLines, resultTable } from '../../bench/report';
import { median } from '../../bench/timing';

describe('benchmark harness', () => {
  it('touches every cell: string length, 1 per number, 2 per date, 3 per boolean', () => {
    const tabs = [
      {
        name: 'a',
        values: [
          ['ab', 5, new Date(0)],
          [true, '', 'xyz'],
        ],
      },
      { name: 'b', values: [[7]] },
    ];
    expect(touchEveryCell(tabs)).toBe(2 + 1 + 2 + 3 + 0 + 3 + 1);
    expect(cellCount(tabs)).toBe(7);
  });

  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('measures a small size end to end with the real engine and formats it', () => {
    const result = measureSize(600, 1);
    expect(result.refusals).toBe(0);
    expect(result.rows['Лиды']).toBe(603);
    expect(result.engineMs).toBeGreaterThan(0);
    expect(result.baselineMs).toBeGreaterThan(0);
    const table = resultTable([result, { ...result, leads: 6_000, engineMs: result.engineMs * 10 }]);
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^\| 600 \| 603 \/ /);
    expect(growthLines([result, { ...result, leads: 6_000, engineMs: result.engineMs * 10 }])[0]).toMatch(
      /rows ×10, engine time ×10\.0 \(linear or better\)/,
    );
  });
});
