/**
 * Manual costs: the list (filter by source and month, totals per currency, the month's share spread by day as
 * the reports count it), and the form to add, edit and delete — validated field by field before anything is
 * sent, and again by the server before anything is written.
 */
import { MANUAL_COSTS_LAYOUT } from '../src/core/read/settingsTabs';
import type { FieldErrors, ManualCostField, ManualCostInput, ManualCostRow } from '../src/addon/sidebarTypes';
import { COST_FIELD_LABELS, VALIDATION_MESSAGES } from '../src/core/i18n/sidebarLabels';
import { validateManualCost } from '../src/core/settingsEdit/manualCostEdit';
import { dayOfIso, isoOfDay, overlapDays, dayFromYmd, ymdOfDay } from '../src/core/time/days';
import { app, busy, formatAmount, L, setState, showNotice, t } from './app';
import { h, replaceChildren, uid } from './dom';
import { call } from './server';

type Cost = ManualCostRow;
const FIELDS = MANUAL_COSTS_LAYOUT.order;

interface View {
  root: HTMLElement;
  /** Row key being edited, 'new' for the add form, null for none. */
  editing: string | null;
  sourceFilter: string;
  monthFilter: string;
}

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

function monthPeriod(month: string): { from: number; to: number } | null {
  const from = dayOfIso(month + '-01');
  if (from === null) return null;
  const { year, month: m } = ymdOfDay(from);
  const next = m === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, m + 1, 1);
  return next === null ? null : { from, to: next - 1 };
}

function monthsOf(costs: Cost[]): string[] {
  const months = new Set<string>();
  for (const c of costs) {
    if (!c.from || !c.to) continue;
    const from = dayOfIso(c.from);
    const to = dayOfIso(c.to);
    if (from === null || to === null || to < from) continue;
    let d = from;
    for (let i = 0; i < 36 && d <= to; i++) {
      months.add(monthOf(isoOfDay(d)));
      const p = monthPeriod(monthOf(isoOfDay(d)));
      if (!p) break;
      d = p.to + 1;
    }
  }
  return Array.from(months).sort().reverse();
}

function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(app.locale === 'ru' ? 'ru-RU' : 'en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The part of a cost inside a period, spread evenly per day (the reports' rule). */
function shareIn(c: Cost, p: { from: number; to: number }): number {
  const from = c.from ? dayOfIso(c.from) : null;
  const to = c.to ? dayOfIso(c.to) : null;
  if (from === null || to === null || c.amount === null || to < from) return 0;
  return (c.amount * overlapDays(from, to, p)) / (to - from + 1);
}

function currencyOf(c: Cost): string {
  return c.currency || app.state.baseCurrency;
}

function filtered(view: View): Cost[] {
  const month = view.monthFilter ? monthPeriod(view.monthFilter) : null;
  return app.state.manualCosts.filter((c) => {
    if (view.sourceFilter && c.source.toLowerCase() !== view.sourceFilter.toLowerCase()) return false;
    if (month) {
      const from = c.from ? dayOfIso(c.from) : null;
      const to = c.to ? dayOfIso(c.to) : null;
      if (from === null || to === null || overlapDays(from, to, month) === 0) return false;
    }
    return true;
  });
}

function totals(view: View, costs: Cost[]): HTMLElement {
  const whole = new Map<string, number>();
  const inMonth = new Map<string, number>();
  const month = view.monthFilter ? monthPeriod(view.monthFilter) : null;
  for (const c of costs) {
    if (c.amount === null) continue;
    const cur = currencyOf(c);
    whole.set(cur, (whole.get(cur) ?? 0) + c.amount);
    if (month) inMonth.set(cur, (inMonth.get(cur) ?? 0) + shareIn(c, month));
  }
  const fmt = (m: Map<string, number>): string =>
    Array.from(m.entries())
      .map(([cur, v]) => `${formatAmount(v)} ${cur}`)
      .join(' + ') || '0';
  return h(
    'p',
    { class: 'totals', 'aria-live': 'polite' },
    h('strong', {}, `${t(L.total)}: ${fmt(whole)}`),
    month ? ` · ${t(L.inMonth)}: ${fmt(inMonth)}` : null,
    h('br', {}),
    h('span', { class: 'muted' }, t(L.rowsCount, { n: costs.length })),
  );
}

/** Known sources for the Source field's suggestions: rules, sources already used, values found in the data. */
function sourceSuggestions(): string[] {
  const seen = new Map<string, string>();
  const add = (s: string): void => {
    if (s.trim() && !seen.has(s.toLowerCase())) seen.set(s.toLowerCase(), s);
  };
  app.state.sources.forEach((r) => add(r.name));
  app.state.manualCosts.forEach((c) => add(c.source));
  if (app.unmatched) app.unmatched.sources.forEach((u) => add(u.value));
  return Array.from(seen.values()).sort((a, b) => a.localeCompare(b));
}

function inputOf(c: Cost | null): ManualCostInput {
  return {
    source: c ? c.source : '',
    from: c && c.from ? c.from : '',
    to: c && c.to ? c.to : '',
    amount: c && c.amount !== null ? String(c.amount) : '',
    currency: c ? c.currency : '',
    actions: c && c.actions !== null ? String(c.actions) : '',
    category: c ? c.category : '',
    comment: c ? c.comment : '',
  };
}

function costForm(view: View, cost: Cost | null): HTMLElement {
  const start = inputOf(cost);
  const listId = uid('sources');
  const controls = {} as Record<ManualCostField, HTMLInputElement | HTMLTextAreaElement>;
  const errorsOf = {} as Record<ManualCostField, HTMLElement>;
  const fieldIds = {} as Record<ManualCostField, string>;
  const blocks = FIELDS.map((f) => {
    const id = uid('cost-' + f);
    fieldIds[f] = id;
    const attrs: Record<string, string | boolean> = { id, name: f, value: start[f], autocomplete: 'off' };
    let control: HTMLInputElement | HTMLTextAreaElement;
    if (f === 'from' || f === 'to') control = h('input', { ...attrs, type: 'date', required: true });
    else if (f === 'amount')
      control = h('input', { ...attrs, type: 'text', inputmode: 'decimal', required: true });
    else if (f === 'actions') control = h('input', { ...attrs, type: 'text', inputmode: 'numeric' });
    else if (f === 'source') control = h('input', { ...attrs, type: 'text', list: listId, required: true });
    else if (f === 'currency')
      control = h('input', {
        ...attrs,
        type: 'text',
        maxlength: 5,
        placeholder: t(L.baseCurrencyHint, { code: app.state.baseCurrency }),
      });
    else if (f === 'comment') {
      control = h('textarea', { id, name: f, rows: 2 });
      control.value = start[f];
    } else control = h('input', { ...attrs, type: 'text' });
    controls[f] = control;
    errorsOf[f] = h('div', { class: 'field-error-slot' });
    return h(
      'div',
      { class: `field field-${f}` },
      h('label', { for: id }, t(COST_FIELD_LABELS[f])),
      control,
      errorsOf[f],
    );
  });
  const datalist = h(
    'datalist',
    { id: listId },
    ...sourceSuggestions().map((s) => h('option', { value: s })),
  );

  const showErrors = (errors: FieldErrors): void => {
    let first: HTMLElement | null = null;
    for (const f of FIELDS) {
      const code = errors[f];
      const control = controls[f];
      replaceChildren(errorsOf[f]);
      if (code) {
        const errId = fieldIds[f] + '-error';
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', errId);
        errorsOf[f].appendChild(
          h('p', { id: errId, class: 'field-error', role: 'alert' }, t(VALIDATION_MESSAGES[code])),
        );
        if (!first) first = control;
      } else {
        control.removeAttribute('aria-invalid');
        control.removeAttribute('aria-describedby');
      }
    }
    if (first) first.focus();
  };

  const values = (): ManualCostInput => {
    const out = {} as ManualCostInput;
    for (const f of FIELDS) out[f] = controls[f].value;
    return out;
  };

  const save = h('button', { type: 'submit', class: 'primary' }, t(L.save));
  const del = cost ? h('button', { type: 'button', class: 'danger' }, t(L.delete)) : null;
  const cancel = h('button', { type: 'button' }, t(L.cancel));
  cancel.addEventListener('click', () => {
    view.editing = null;
    render(view);
  });
  if (del && cost) del.addEventListener('click', () => void deleteCost(view, cost, del));

  const form = h(
    'form',
    { class: 'card form cost-form', novalidate: true, 'aria-label': t(cost ? L.editCost : L.newCost) },
    h('h3', {}, t(cost ? L.editCost : L.newCost)),
    ...blocks,
    datalist,
    h('div', { class: 'actions' }, save, del, cancel),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const input = values();
    // The same checks as the server's, at once; whether the source is known only the server can tell.
    const local = validateManualCost(input, () => true);
    if (!local.ok) {
      showErrors(local.errors);
      return;
    }
    void busy(save, async () => {
      const result = cost
        ? await call('sidebar_updateManualCost', cost.ref, input)
        : await call('sidebar_addManualCost', input);
      if (!result.ok) {
        showErrors(result.errors);
        return;
      }
      view.editing = null;
      setState(result.state);
      showNotice(t(L.saved));
    });
  });
  setTimeout(() => controls.source.focus(), 0);
  return form;
}

async function deleteCost(view: View, cost: Cost, button: HTMLButtonElement): Promise<void> {
  await busy(button, async () => {
    const state = await call('sidebar_deleteManualCost', cost.ref);
    view.editing = null;
    setState(state);
    const restore = inputOf(cost);
    showNotice(t(L.deleted), {
      label: app.locale === 'ru' ? 'Вернуть' : 'Undo',
      run: () =>
        void busy(null, async () => {
          const result = await call('sidebar_addManualCost', restore);
          if (result.ok) setState(result.state);
        }),
    });
  });
}

function costCard(view: View, c: Cost): HTMLElement {
  const label = `${c.source || '—'} ${c.from ?? '?'} – ${c.to ?? '?'}`;
  const del = h('button', { type: 'button', 'aria-label': `${t(L.delete)}: ${label}` }, t(L.delete));
  del.addEventListener('click', () => void deleteCost(view, c, del));
  const problems = c.problems.length
    ? h(
        'p',
        { class: 'warn' },
        t(L.rowProblem, {
          row: c.ref.row,
          fields: c.problems.map((f) => t(COST_FIELD_LABELS[f])).join(', '),
        }),
      )
    : null;
  return h(
    'li',
    { class: 'card cost' },
    h(
      'div',
      { class: 'card-head' },
      h('strong', { class: 'name' }, c.source || '—'),
      h('span', { class: 'amount' }, c.amount === null ? '?' : `${formatAmount(c.amount)} ${currencyOf(c)}`),
    ),
    h(
      'p',
      { class: 'dates' },
      `${c.from ?? '?'} – ${c.to ?? '?'}`,
      c.actions !== null ? ` · ${t(COST_FIELD_LABELS.actions)}: ${c.actions}` : '',
    ),
    c.category || c.comment
      ? h('p', { class: 'muted' }, [c.category, c.comment].filter(Boolean).join(' · '))
      : null,
    problems,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          'aria-label': `${t(L.edit)}: ${label}`,
          onclick: () => {
            view.editing = c.ref.key;
            render(view);
          },
        },
        t(L.edit),
      ),
      del,
    ),
  );
}

function filters(view: View): HTMLElement {
  const costs = app.state.manualCosts;
  const sources = Array.from(new Set(costs.map((c) => c.source).filter(Boolean))).sort((a, b) =>
    a.localeCompare(b),
  );
  const srcId = uid('filter-source');
  const monthId = uid('filter-month');
  const source = h(
    'select',
    { id: srcId, onchange: () => ((view.sourceFilter = source.value), render(view)) },
    h('option', { value: '' }, t(L.allSources)),
    ...sources.map((s) => h('option', { value: s, selected: s === view.sourceFilter }, s)),
  );
  const month = h(
    'select',
    { id: monthId, onchange: () => ((view.monthFilter = month.value), render(view)) },
    h('option', { value: '' }, t(L.allMonths)),
    ...monthsOf(costs).map((m) => h('option', { value: m, selected: m === view.monthFilter }, monthLabel(m))),
  );
  return h(
    'div',
    { class: 'filters' },
    h('div', { class: 'field' }, h('label', { for: srcId }, t(L.filterSource)), source),
    h('div', { class: 'field' }, h('label', { for: monthId }, t(L.filterMonth)), month),
  );
}

function render(view: View): void {
  const shown = filtered(view);
  const addButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: () => {
        view.editing = 'new';
        render(view);
      },
    },
    t(L.addCost),
  );
  const items = shown.map((c) =>
    view.editing === c.ref.key ? h('li', {}, costForm(view, c)) : costCard(view, c),
  );
  replaceChildren(
    view.root,
    h(
      'div',
      { class: 'section-head' },
      h('h2', {}, t(L.costsTitle)),
      view.editing === 'new' ? null : addButton,
    ),
    h('p', { class: 'muted' }, t(L.costsHelp)),
    view.editing === 'new' ? costForm(view, null) : null,
    filters(view),
    totals(view, shown),
    shown.length === 0 ? h('p', { class: 'muted' }, t(L.noCosts)) : h('ul', { class: 'list' }, ...items),
  );
}

export function costsPanel(): HTMLElement {
  const view: View = {
    root: h('section', { 'aria-label': t(L.costsTitle) }),
    editing: null,
    sourceFilter: '',
    monthFilter: '',
  };
  app.listeners.push(() => {
    // Keep an open form open across a background refresh only when its row still exists.
    if (
      view.editing &&
      view.editing !== 'new' &&
      !app.state.manualCosts.some((c) => c.ref.key === view.editing)
    )
      view.editing = null;
    if (view.editing === null) render(view);
  });
  render(view);
  return view.root;
}
