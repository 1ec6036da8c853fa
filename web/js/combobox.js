// As-you-type suggestions on the search box, after the ARIA 1.2 combobox pattern: focus stays in
// the input, aria-activedescendant names the highlighted option, arrows move, Enter chooses, Escape
// closes.

import { t } from './i18n.js';

export class Combobox {
  /**
   * @param input the role=combobox input
   * @param listbox the role=listbox it controls
   * @param source async (query, signal) => [{text, kind, id?}]
   * @param onChoose called with the chosen suggestion
   */
  constructor(input, listbox, source, onChoose) {
    Object.assign(this, { input, listbox, source, onChoose, items: [], active: -1, timer: 0, ctrl: null });
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the input when an option is clicked.
    listbox.addEventListener('mousedown', (e) => e.preventDefault());
    listbox.addEventListener('click', (e) => {
      const li = e.target.closest('[role=option]');
      if (li) this.choose(Number(li.dataset.index));
    });
  }

  schedule() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) {
      this.items = [];
      return this.close();
    }
    this.timer = setTimeout(() => this.load(q), 120);
  }

  async load(q) {
    this.ctrl?.abort();
    const ctrl = (this.ctrl = new AbortController());
    try {
      const items = await this.source(q, ctrl.signal);
      if (ctrl.signal.aborted || q !== this.input.value.trim() || document.activeElement !== this.input) return;
      this.show(items);
    } catch (e) {
      if (e.name !== 'AbortError') this.close();
    }
  }

  show(items) {
    this.items = items;
    this.active = -1;
    this.listbox.replaceChildren(...items.map((s, i) => {
      const li = document.createElement('li');
      li.id = `suggestion-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.index = String(i);
      li.className = `suggestion kind-${s.kind}`;
      const text = document.createElement('span');
      text.className = 'suggestion-text';
      text.dir = 'auto';
      text.textContent = s.text;
      const kind = document.createElement('span');
      kind.className = 'suggestion-kind';
      kind.textContent = t(`kind.${s.kind}`);
      li.append(text, ' ', kind);
      return li;
    }));
    this.setOpen(items.length > 0);
  }

  setOpen(open) {
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.highlight(-1);
  }

  get open() {
    return !this.listbox.hidden;
  }

  close() {
    clearTimeout(this.timer);
    this.ctrl?.abort();
    this.setOpen(false);
  }

  highlight(i) {
    this.active = i;
    for (const li of this.listbox.children) {
      const on = Number(li.dataset.index) === i;
      li.setAttribute('aria-selected', String(on));
      if (on) li.scrollIntoView({ block: 'nearest' });
    }
    if (i >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${i}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  key(e) {
    const n = this.items.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      if (!this.open) {
        this.setOpen(true);
        this.highlight(e.key === 'ArrowDown' ? 0 : n - 1);
      } else {
        this.highlight((this.active + (e.key === 'ArrowDown' ? 1 : n - 1 + (this.active < 0 ? 1 : 0))) % n);
      }
    } else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.close();
    } else if (e.key === 'Tab') {
      this.close();
    }
  }

  choose(i) {
    const item = this.items[i];
    this.close();
    if (item) this.onChoose(item);
  }
}
