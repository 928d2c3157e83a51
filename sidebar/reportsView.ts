/**
 * Reports: the period (remembered, else the last full month), comparison on or off, a button per report and one
 * for all. "All" runs the reports one call each, so progress is real and each stays within Apps Script's limit.
 */
import type { ReportKind, ReportResult } from '../src/addon/sidebarTypes';
import type { Jsonify } from '../src/addon/sidebarTypes';
import { app, formatAmount, L, showError, t } from './app';
import { h, replaceChildren, uid } from './dom';
import { call } from './server';

const KINDS: ReportKind[] = ['adPayback', 'trafficInfluence', 'dataQuality'];

export function reportsPanel(): HTMLElement {
  const fromId = uid('period-from');
  const toId = uid('period-to');
  const compareId = uid('compare');
  const from = h('input', { id: fromId, type: 'date', value: app.start.period.from, required: true });
  const to = h('input', { id: toId, type: 'date', value: app.start.period.to, required: true });
  const compare = h('input', { id: compareId, type: 'checkbox', checked: app.start.period.compare });
  const lastMonth = h('button', { type: 'button', class: 'link' }, t(L.lastMonth));
  lastMonth.addEventListener('click', () => {
    from.value = app.start.lastFullMonth.from;
    to.value = app.start.lastFullMonth.to;
  });
  const progress = h('progress', { max: 1, value: 0, hidden: true });
  const status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const results = h('ul', { class: 'list results' });

  const buttons: HTMLButtonElement[] = [];
  const run = async (kinds: ReportKind[]): Promise<void> => {
    replaceChildren(results);
    replaceChildren(status);
    if (!from.value || !to.value) {
      showError(t(L.periodRequired));
      return;
    }
    buttons.forEach((b) => (b.disabled = true));
    progress.hidden = false;
    progress.max = kinds.length;
    progress.value = 0;
    try {
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        replaceChildren(status, t(L.generating, { name: t(L[kind]), i: i + 1, n: kinds.length }));
        try {
          const result = await call('sidebar_runReports', [kind], {
            from: from.value,
            to: to.value,
            compare: compare.checked,
          });
          showResult(results, kind, result);
        } catch (e) {
          // One report failing does not stop the others; its message is shown in its place.
          results.appendChild(
            h(
              'li',
              { class: 'card result-error', role: 'alert' },
              t(L.reportFailed, { name: t(L[kind]), reason: e instanceof Error ? e.message : String(e) }),
            ),
          );
        }
        progress.value = i + 1;
      }
    } finally {
      replaceChildren(status);
      progress.hidden = true;
      buttons.forEach((b) => (b.disabled = false));
    }
  };

  for (const kind of KINDS) {
    const b = h('button', { type: 'button' }, t(L[kind]));
    b.addEventListener('click', () => void run([kind]));
    buttons.push(b);
  }
  const all = h('button', { type: 'button', class: 'primary' }, t(L.allReports));
  all.addEventListener('click', () => void run(KINDS));
  buttons.push(all);

  return h(
    'section',
    { 'aria-label': t(L.reportsTitle) },
    h('h2', {}, t(L.reportsTitle)),
    h(
      'div',
      { class: 'period' },
      h('div', { class: 'field' }, h('label', { for: fromId }, t(L.periodFrom)), from),
      h('div', { class: 'field' }, h('label', { for: toId }, t(L.periodTo)), to),
    ),
    lastMonth,
    h('div', { class: 'check' }, compare, h('label', { for: compareId }, t(L.compare))),
    h('div', { class: 'report-buttons' }, ...buttons),
    progress,
    status,
    results,
  );
}

function showResult(results: HTMLElement, kind: ReportKind, result: Jsonify<ReportResult>): void {
  for (const w of result.written) {
    const open = h(
      'button',
      { type: 'button', class: 'link', 'aria-label': `${t(L.openSheet)}: ${w.sheet}` },
      t(L.openSheet),
    );
    open.addEventListener('click', () => {
      call('sidebar_openSheet', w.sheet).catch(showError);
    });
    results.appendChild(
      h('li', { class: 'card result-ok' }, h('span', {}, t(L.reportDone, { sheet: w.sheet })), ' ', open),
    );
  }
  for (const r of result.refused) {
    results.appendChild(
      h(
        'li',
        { class: 'card result-error', role: 'alert' },
        t(L.reportFailed, { name: t(L[r.kind]), reason: r.reason }),
      ),
    );
  }
  if (kind === 'adPayback' && result.summary) {
    const s = result.summary;
    results.appendChild(
      h(
        'li',
        { class: 'card muted' },
        t(L.summary, {
          cost: formatAmount(s.paidCost),
          revenue: formatAmount(s.revenue),
          currency: s.currency,
          roi: s.roi === null ? '—' : `${formatAmount(s.roi * 100)}%`,
        }),
      ),
    );
  }
}
