/**
 * Sources and Channels: the rules (add, edit/rename, merge, delete with undo) and the values found in the data
 * that no rule matches, each addable to an existing or a new rule in one click.
 */
import type { RowRef, RuleInput, RuleKind, RuleRow, UnmatchedValue } from '../src/addon/sidebarTypes';
import { SOURCE_TYPE_OPTIONS } from '../src/core/i18n/sidebarLabels';
import { paletteColor } from '../src/core/engine/sources';
import type { SourceType } from '../src/core/model';
import { app, busy, L, setState, showNotice, t } from './app';
import { h, replaceChildren, uid } from './dom';
import { call } from './server';

type Rule = RuleRow;
const TYPES: SourceType[] = ['paid', 'offline', 'organic'];

interface Section {
  kind: RuleKind;
  root: HTMLElement;
  /** Row key being edited or merged, or 'new'. */
  mode: { key: string; what: 'edit' | 'merge' } | null;
}

function rulesOf(kind: RuleKind): Rule[] {
  return kind === 'sources' ? app.state.sources : app.state.channels;
}

function unmatchedOf(kind: RuleKind): UnmatchedValue[] | null {
  return app.unmatched ? (kind === 'sources' ? app.unmatched.sources : app.unmatched.channels) : null;
}

/** Drops values a rule now covers (a full re-scan reads the data tabs: the Refresh button does it). */
function forgetUnmatched(kind: RuleKind, value: string): void {
  if (!app.unmatched) return;
  const keep = (u: UnmatchedValue): boolean => u.value.toLowerCase() !== value.toLowerCase();
  if (kind === 'sources') app.unmatched.sources = app.unmatched.sources.filter(keep);
  else app.unmatched.channels = app.unmatched.channels.filter(keep);
}

export async function loadUnmatched(): Promise<void> {
  app.unmatched = null;
  for (const f of app.listeners) f();
  const result = await busy(null, () => call('sidebar_loadUnmatched'));
  if (result) {
    app.unmatched = result;
    for (const f of app.listeners) f();
  }
}

function ruleForm(section: Section, rule: Rule | null, onDone: () => void): HTMLElement {
  const isSources = section.kind === 'sources';
  const nameId = uid('rule-name');
  const typeId = uid('rule-type');
  const matchesId = uid('rule-matches');
  const colorId = uid('rule-color');
  const name = h('input', {
    id: nameId,
    type: 'text',
    value: rule ? rule.name : '',
    required: true,
    autocomplete: 'off',
  });
  const type = h(
    'select',
    { id: typeId },
    ...TYPES.map((ty) =>
      h(
        'option',
        { value: ty, selected: rule ? rule.type === ty : ty === 'paid' },
        t(SOURCE_TYPE_OPTIONS[ty]),
      ),
    ),
  );
  const matches = h('textarea', { id: matchesId, rows: 2 });
  matches.value = rule ? rule.matches : '';
  const color = h('input', {
    id: colorId,
    type: 'text',
    value: rule ? rule.color : '',
    placeholder: t(L.autoColor),
    maxlength: 7,
  });
  const picker = h('input', {
    type: 'color',
    'aria-label': t(L.color),
    value: rule && /^#[0-9a-f]{6}$/i.test(rule.color) ? rule.color : paletteColor(rule ? rule.name : ''),
    oninput: () => (color.value = picker.value),
  });
  const save = h('button', { type: 'submit', class: 'primary' }, t(L.save));
  const form = h(
    'form',
    { class: 'card form' },
    h('label', { for: nameId }, t(isSources ? L.sourceName : L.channelName)),
    name,
    isSources ? h('label', { for: typeId }, t(L.type)) : null,
    isSources ? type : null,
    h('label', { for: matchesId }, t(L.matches)),
    matches,
    isSources ? h('label', { for: colorId }, t(L.color)) : null,
    isSources ? h('div', { class: 'row' }, color, picker) : null,
    h('div', { class: 'actions' }, save, h('button', { type: 'button', onclick: onDone }, t(L.cancel))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const input: RuleInput = { name: name.value, matches: matches.value };
    if (isSources) {
      input.type = type.value as SourceType;
      input.color = color.value;
    }
    void busy(save, async () => {
      const state = rule
        ? await call('sidebar_updateRule', section.kind, rule.ref, input)
        : await call('sidebar_addRule', section.kind, input);
      section.mode = null;
      setState(state);
      showNotice(t(L.saved));
    });
  });
  setTimeout(() => name.focus(), 0);
  return form;
}

function mergeForm(section: Section, rule: Rule): HTMLElement {
  const others = rulesOf(section.kind).filter((r) => r.ref.key !== rule.ref.key && r.name !== '');
  const id = uid('merge');
  const into = h('select', { id }, ...others.map((r, i) => h('option', { value: String(i) }, r.name)));
  const go = h('button', { type: 'submit', class: 'primary' }, t(L.merge));
  const form = h(
    'form',
    { class: 'card form' },
    h('label', { for: id }, t(L.mergeInto, { name: rule.name })),
    into,
    h(
      'div',
      { class: 'actions' },
      go,
      h('button', { type: 'button', onclick: () => close(section) }, t(L.cancel)),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const target = others[Number(into.value)];
    if (!target) return;
    void busy(go, async () => {
      const state = await call('sidebar_mergeRules', section.kind, [rule.ref], target.ref);
      section.mode = null;
      setState(state);
      showNotice(t(L.mergeDone, { name: target.name }));
    });
  });
  return form;
}

function close(section: Section): void {
  section.mode = null;
  render(section);
}

async function deleteRule(section: Section, rule: Rule, button: HTMLButtonElement): Promise<void> {
  await busy(button, async () => {
    const state = await call('sidebar_deleteRule', section.kind, rule.ref);
    setState(state);
    const input: RuleInput = { name: rule.name, matches: rule.matches };
    if (section.kind === 'sources') {
      if (rule.type) input.type = rule.type;
      input.color = rule.color;
    }
    showNotice(t(L.deleted), {
      label: app.locale === 'ru' ? 'Вернуть' : 'Undo',
      run: () => void busy(null, async () => setState(await call('sidebar_addRule', section.kind, input))),
    });
  });
}

function ruleCard(section: Section, rule: Rule): HTMLElement {
  const isSources = section.kind === 'sources';
  const swatch = isSources
    ? h('span', {
        class: 'swatch',
        'aria-hidden': 'true',
        style: `background:${safeColor(rule.color || paletteColor(rule.name))}`,
      })
    : null;
  const del = h('button', { type: 'button', 'aria-label': `${t(L.delete)}: ${rule.name}` }, t(L.delete));
  del.addEventListener('click', () => void deleteRule(section, rule, del));
  return h(
    'li',
    { class: 'card' },
    h(
      'div',
      { class: 'card-head' },
      swatch,
      h('strong', { class: 'name' }, rule.name || '—'),
      isSources && rule.type
        ? h('span', { class: `badge badge-${rule.type}` }, t(SOURCE_TYPE_OPTIONS[rule.type]))
        : null,
    ),
    rule.badType ? h('p', { class: 'warn' }, t(L.badType, { value: rule.badType })) : null,
    h('p', { class: 'matches' }, rule.matches),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          'aria-label': `${t(L.edit)}: ${rule.name}`,
          onclick: () => {
            section.mode = { key: rule.ref.key, what: 'edit' };
            render(section);
          },
        },
        t(L.edit),
      ),
      rulesOf(section.kind).length > 1
        ? h(
            'button',
            {
              type: 'button',
              'aria-label': `${t(L.merge)}: ${rule.name}`,
              onclick: () => {
                section.mode = { key: rule.ref.key, what: 'merge' };
                render(section);
              },
            },
            t(L.merge),
          )
        : null,
      del,
    ),
  );
}

/** A colour for a style attribute: only `#hex`, anything else falls back (the cell is typed by people). */
function safeColor(c: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(c) ? c : '#9e9e9e';
}

function unmatchedList(section: Section): HTMLElement {
  const values = unmatchedOf(section.kind);
  const refresh = h('button', { type: 'button', class: 'link' }, t(L.refresh));
  refresh.addEventListener('click', () => void loadUnmatched());
  const head = h('div', { class: 'section-head' }, h('h3', {}, t(L.unmatchedTitle)), refresh);
  if (values === null)
    return h(
      'div',
      { class: 'unmatched' },
      head,
      h('p', { class: 'muted', role: 'status' }, t(L.unmatchedScan)),
    );
  if (values.length === 0)
    return h('div', { class: 'unmatched' }, head, h('p', { class: 'muted' }, t(L.unmatchedNone)));
  const rules = rulesOf(section.kind).filter((r) => r.name !== '');
  return h(
    'div',
    { class: 'unmatched' },
    head,
    h('p', { class: 'muted' }, t(L.unmatchedHelp)),
    h('ul', { class: 'list' }, ...values.map((u) => unmatchedItem(section, u, rules))),
  );
}

function unmatchedItem(section: Section, u: UnmatchedValue, rules: Rule[]): HTMLElement {
  const id = uid('target');
  const target = h(
    'select',
    { id, 'aria-label': t(L.addTo, { value: u.value }) },
    h('option', { value: 'new' }, t(section.kind === 'sources' ? L.newSourceOption : L.newChannelOption)),
    ...rules.map((r, i) => h('option', { value: String(i) }, r.name)),
  );
  const add = h(
    'button',
    { type: 'button', class: 'primary', 'aria-label': `${t(L.add)}: ${u.value}` },
    t(L.add),
  );
  add.addEventListener('click', () => {
    const chosen = target.value === 'new' ? null : rules[Number(target.value)];
    const ref: RowRef | null = chosen ? chosen.ref : null;
    void busy(add, async () => {
      const state = await call(
        'sidebar_addValue',
        section.kind,
        u.value,
        ref ? { ref } : { newType: u.type },
      );
      forgetUnmatched(section.kind, u.value);
      setState(state);
      showNotice(t(L.addedValue, { value: u.value, name: chosen ? chosen.name : u.value.trim() }));
    });
  });
  return h(
    'li',
    { class: 'card unmatched-item' },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'value' }, u.value),
      h('span', { class: 'count' }, t(L.unmatchedCount, { n: u.count })),
    ),
    h('div', { class: 'row' }, target, add),
  );
}

function render(section: Section): void {
  const kind = section.kind;
  const isSources = kind === 'sources';
  const rules = rulesOf(kind);
  const adding = section.mode && section.mode.key === 'new';
  const addButton = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        section.mode = { key: 'new', what: 'edit' };
        render(section);
      },
    },
    t(isSources ? L.addSource : L.addChannel),
  );
  const items = rules.map((r) => {
    if (section.mode && section.mode.key === r.ref.key) {
      const form =
        section.mode.what === 'edit' ? ruleForm(section, r, () => close(section)) : mergeForm(section, r);
      return h('li', {}, form);
    }
    return ruleCard(section, r);
  });
  replaceChildren(
    section.root,
    h(
      'div',
      { class: 'section-head' },
      h('h2', {}, t(isSources ? L.sourcesTitle : L.channelsTitle)),
      adding ? null : addButton,
    ),
    h('p', { class: 'muted' }, t(isSources ? L.sourcesHelp : L.channelsHelp)),
    adding ? ruleForm(section, null, () => close(section)) : null,
    // What still needs a rule comes first: it is what the admin opens this tab for.
    unmatchedList(section),
    rules.length === 0 ? h('p', { class: 'muted' }, t(L.noRules)) : h('ul', { class: 'list' }, ...items),
  );
}

export function rulesPanel(): HTMLElement {
  const sources: Section = {
    kind: 'sources',
    root: h('section', { 'aria-label': t(L.sourcesTitle) }),
    mode: null,
  };
  const channels: Section = {
    kind: 'channels',
    root: h('section', { 'aria-label': t(L.channelsTitle) }),
    mode: null,
  };
  const notes = h('div', {});
  const renderNotes = (): void =>
    replaceChildren(notes, ...app.state.notes.map((n) => h('p', { class: 'warn' }, n)));
  app.listeners.push(() => {
    render(sources);
    render(channels);
    renderNotes();
  });
  render(sources);
  render(channels);
  renderNotes();
  return h('div', {}, notes, sources.root, channels.root);
}
