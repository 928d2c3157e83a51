import { makeStageClassifier, makeStatusClassifier } from '../../../src/core/read/stages';

describe('deal stages', () => {
  const classify = makeStageClassifier([], []);

  test.each([
    'WON',
    'C3:WON',
    'c12:won',
    'Сделка успешна',
    'Успешно',
    'Deal won',
    'Won',
    ' сделка  УСПЕШНА ',
  ])('%j is won', (stage) => {
    expect(classify(stage, '')).toEqual({ outcome: 'won', known: true });
  });

  test.each([
    'LOSE',
    'APOLOGY',
    'C3:LOSE',
    'C3:APOLOGY',
    'Сделка провалена',
    'Провалена',
    'Анализ причины провала',
    'Deal lost',
    'Lost',
    'Analyze failure',
  ])('%j is lost', (stage) => {
    expect(classify(stage, '')).toEqual({ outcome: 'lost', known: true });
  });

  test.each([
    'NEW',
    'PREPARATION',
    'PREPAYMENT_INVOICE',
    'EXECUTING',
    'FINAL_INVOICE',
    'C3:NEW',
    'C3:EXECUTING',
    'Новая',
    'Подготовка документов',
    'Счёт на предоплату',
    'Счет на предоплату',
    'В работе',
    'Финальный счёт',
    'New',
    'Preparation',
    'In progress',
    'Final invoice',
  ])('%j is a known open stage', (stage) => {
    expect(classify(stage, '')).toEqual({ outcome: 'open', known: true });
  });

  test('unknown stages are open and unknown; an empty stage is open and known', () => {
    expect(classify('C3:UC_AB12CD', '')).toEqual({ outcome: 'open', known: false });
    expect(classify('Успешно реализовано', '')).toEqual({ outcome: 'open', known: false });
    expect(classify('', '')).toEqual({ outcome: 'open', known: true });
  });

  test('a stage group decides the outcome: S won, F lost, P open (also in words)', () => {
    expect(classify('Успешно реализовано', 'S')).toEqual({ outcome: 'won', known: true });
    expect(classify('C3:UC_X', 'F')).toEqual({ outcome: 'lost', known: true });
    expect(classify('Сделка успешна', 'P')).toEqual({ outcome: 'open', known: true });
    expect(classify('', 'Успешные')).toEqual({ outcome: 'won', known: true });
    expect(classify('', 'Провальные')).toEqual({ outcome: 'lost', known: true });
    expect(classify('', 'В работе')).toEqual({ outcome: 'open', known: true });
  });

  test('an unrecognised group falls back to the stage', () => {
    expect(classify('WON', '?')).toEqual({ outcome: 'won', known: true });
    expect(classify('', '?')).toEqual({ outcome: 'open', known: false });
  });

  test('extra won/lost names from Settings, matched case- and ё-insensitively, also in pipelines', () => {
    const custom = makeStageClassifier(['успешно реализовано', 'c3:uc_paid'], ['отказ клиента']);
    expect(custom('Успешно реализовано', '')).toEqual({ outcome: 'won', known: true });
    expect(custom('C3:UC_PAID', '')).toEqual({ outcome: 'won', known: true });
    expect(custom('Отказ  клиента', '')).toEqual({ outcome: 'lost', known: true });
    expect(custom('WON', '')).toEqual({ outcome: 'won', known: true });
  });
});

describe('lead statuses', () => {
  const classify = makeStatusClassifier();

  test.each([
    ['NEW', 'open'],
    ['IN_PROCESS', 'open'],
    ['PROCESSED', 'open'],
    ['Не обработан', 'open'],
    ['В работе', 'open'],
    ['Обработан', 'open'],
    ['CONVERTED', 'converted'],
    ['Качественный лид', 'converted'],
    ['Сконвертирован', 'converted'],
    ['Good lead', 'converted'],
    ['JUNK', 'junk'],
    ['Некачественный лид', 'junk'],
    ['Брак', 'junk'],
    ['Junk lead', 'junk'],
  ])('%j → %s', (status, outcome) => {
    expect(classify(status)).toEqual({ outcome, known: true });
  });

  test('unknown statuses are open and unknown; empty is open and known', () => {
    expect(classify('UC_7F2K')).toEqual({ outcome: 'open', known: false });
    expect(classify('')).toEqual({ outcome: 'open', known: true });
  });
});
