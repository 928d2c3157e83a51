/**
 * Accessible tabs (WAI-ARIA tabs pattern): role=tab buttons in a role=tablist, one role=tabpanel each;
 * arrow keys, Home and End move between tabs and select them; Enter and Space select (native buttons).
 */
import { h } from './dom';

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
  onShow?: () => void;
}

export function makeTabs(specs: TabSpec[], label: string): HTMLElement {
  const buttons: HTMLButtonElement[] = [];
  const select = (i: number, focus: boolean): void => {
    specs.forEach((s, j) => {
      const on = i === j;
      buttons[j].setAttribute('aria-selected', on ? 'true' : 'false');
      buttons[j].tabIndex = on ? 0 : -1;
      s.panel.hidden = !on;
    });
    if (focus) buttons[i].focus();
    const show = specs[i].onShow;
    if (show) show();
  };
  specs.forEach((s, i) => {
    const button = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${s.id}`,
        'aria-controls': `panel-${s.id}`,
        onclick: () => select(i, false),
        onkeydown: (e: Event) => {
          const key = (e as KeyboardEvent).key;
          const n = specs.length;
          let next = -1;
          if (key === 'ArrowRight' || key === 'ArrowDown') next = (i + 1) % n;
          else if (key === 'ArrowLeft' || key === 'ArrowUp') next = (i - 1 + n) % n;
          else if (key === 'Home') next = 0;
          else if (key === 'End') next = n - 1;
          if (next >= 0) {
            e.preventDefault();
            select(next, true);
          }
        },
      },
      s.label,
    );
    buttons.push(button);
    s.panel.id = `panel-${s.id}`;
    s.panel.setAttribute('role', 'tabpanel');
    s.panel.setAttribute('aria-labelledby', `tab-${s.id}`);
    s.panel.tabIndex = 0;
  });
  const root = h(
    'div',
    { class: 'tabs' },
    h('div', { role: 'tablist', 'aria-label': label, class: 'tablist' }, ...buttons),
  );
  for (const s of specs) root.appendChild(s.panel);
  select(0, false);
  return root;
}
