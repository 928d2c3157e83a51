/** The sidebar: load the settings, then three tabs — Sources (and channels), Manual costs, Reports. */
import { SIDEBAR_TITLE, TAB_LABELS } from '../src/core/i18n/sidebarLabels';
import { app, L, messageArea, setState, showError, t } from './app';
import { costsPanel } from './costsView';
import { h, replaceChildren } from './dom';
import { reportsPanel } from './reportsView';
import { loadUnmatched, rulesPanel } from './rulesView';
import { call } from './server';
import { makeTabs } from './tabs';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const messages = messageArea();
  replaceChildren(root, messages, h('p', { class: 'muted', role: 'status' }, 'Загрузка… / Loading…'));
  try {
    const started = await call('sidebar_load');
    app.start = started;
    app.locale = started.state.locale;
    app.state = started.state;
  } catch (e) {
    replaceChildren(root, messages);
    showError(e);
    return;
  }
  document.documentElement.lang = app.locale;
  document.title = t(SIDEBAR_TITLE);
  const tabs = makeTabs(
    [
      { id: 'sources', label: t(TAB_LABELS.sources), panel: h('div', {}, rulesPanel()) },
      { id: 'costs', label: t(TAB_LABELS.costs), panel: h('div', {}, costsPanel()) },
      { id: 'reports', label: t(TAB_LABELS.reports), panel: h('div', {}, reportsPanel()) },
    ],
    t(L.tabs),
  );
  replaceChildren(root, messages, tabs);
  setState(app.state);
  void loadUnmatched();
}

void start();
