/**
 * Building DOM without HTML strings: every text goes through a text node, every attribute through
 * setAttribute, so names, comments and values from the data can never become markup.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const name of Object.keys(attrs)) {
    const v = attrs[name];
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(name.slice(2).toLowerCase(), v);
    else if (name === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (name === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = v === true;
    else el.setAttribute(name, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function replaceChildren(el: Node, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

let nextId = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix: string): string {
  nextId++;
  return `${prefix}-${nextId}`;
}
