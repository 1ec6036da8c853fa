/*
 * <lcs-search>: Learning City Search on any page (see /embed-demo.html for attributes, custom
 * properties and parts). This is the source; esbuild bundles it with the modules it shares with the
 * page (web/js/common.js, api.js, the strings it names from i18n.js) into the one file widget.js.
 * Text from the API is set as text; only a snippet's <mark> tags become elements, and only http(s)
 * URLs become links.
 */
import { h, safeUrl, setSnippet, lastPage, facetCount, translator, errorKey, twoFigures } from '../js/common.js';
import { getJson } from '../js/api.js';
import { createTracker, popular, popularParagraph } from '../js/analytics.js';
import STRINGS from 'lcs:widget-strings';
import CSS from './widget.css';

const SRC = document.currentScript && document.currentScript.src;
const ORIGIN = SRC ? new URL(SRC, location.href).origin : location.origin;
const DIMS = ['country', 'region', 'year', 'type', 'language'];
const LIMIT = 8; // facet values shown before "show all"
const BUSY_AFTER_MS = 300; // a fast answer shows no indicator at all
const MAX_RETRY_S = 30;
let sheet = null;

const list = (s) => (s || '').split(',').map((v) => v.trim()).filter(Boolean);

/** Relative luminance of a CSS rgb()/rgba() colour; null when transparent or unreadable. */
function luminance(color) {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?/.exec(color || '');
  if (!m || (m[4] != null && +m[4] < 0.5)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

class LcsSearch extends HTMLElement {
  static get observedAttributes() {
    return ['api', 'lang', 'facets', 'size', 'placeholder', 'compact', 'theme', 'results-url', 'map', ...DIMS.map((d) => 'filter-' + d)];
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
      this.media = matchMedia('(prefers-color-scheme: dark)');
      this.onScheme = () => this.applyTheme();
    }
    this.media.addEventListener('change', this.onScheme);
    this.build();
  }

  attributeChangedCallback(name) {
    if (!this.shadowRoot || !this.isConnected) return;
    if (name === 'theme') this.applyTheme();
    else this.build();
  }

  disconnectedCallback() {
    if (this.ctrl) this.ctrl.abort();
    clearTimeout(this.retryTimer);
    this.media.removeEventListener('change', this.onScheme);
  }

  // Only an http(s) address: the value ends up in links.
  get api() {
    const a = safeUrl(this.getAttribute('api'));
    return a ? a.replace(/\/+$/, '') : ORIGIN;
  }

  /**
   * theme="light" or "dark" as said; "auto" (the default) follows the host: its color-scheme when it
   * names one scheme, else the background the widget sits on, else the reader's prefers-color-scheme
   * when the host allows both.
   */
  get dark() {
    const theme = this.getAttribute('theme');
    if (theme === 'dark' || theme === 'light') return theme === 'dark';
    const scheme = getComputedStyle(this).colorScheme || 'normal';
    if (/^(only )?dark$|^dark only$/.test(scheme)) return true;
    if (/^(only )?light$|^light only$/.test(scheme)) return false;
    for (let el = this; el; el = el.parentElement || (el.getRootNode() && el.getRootNode().host)) {
      const lum = luminance(getComputedStyle(el).backgroundColor);
      if (lum != null) return lum < 0.2;
    }
    return /dark/.test(scheme) && this.media.matches;
  }

  applyTheme() {
    if (this.box) this.box.classList.toggle('dark', this.dark);
  }

  t(key, vars) {
    return this.tr.t(key, vars);
  }

  // "12 results"; an estimate (exact === false) "About 1,200 results".
  count(n, exact) {
    if (exact === false) n = twoFigures(n); // an estimate to two significant figures
    const f = this.t('results', { n });
    return this.tr.capital(exact === false ? this.t('about', { n: f }) : f);
  }

  // A facet value as people read it; countries in the widget's language once the service's table came,
  // regions once the page's strings came (the bundle has no room for names only a region facet shows).
  label(dim, value) {
    return (dim === 'country' && this.names && this.names[value]) || (this.full || this.tr).facetLabel(dim, value);
  }

  build() {
    const root = this.shadowRoot;
    const code = (this.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en').toLowerCase().split('-')[0];
    this.tr = translator(STRINGS, code);
    // Search analytics (js/analytics.js): one event per search intent, clicks with positions; none under DNT/GPC.
    this.track = this.track || createTracker({ endpoint: this.api + '/api/events', lang: () => this.tr.lang });
    this.compact = this.hasAttribute('compact');
    this.fixed = {};
    for (const d of DIMS) this.fixed[d] = list(this.getAttribute('filter-' + d));
    const f = this.getAttribute('facets');
    this.dims = this.compact || f === 'none' ? [] : (f ? list(f) : ['type', 'year'])
      .filter((d) => DIMS.includes(d) && !this.fixed[d].length);
    this.size = Math.min(100, Math.max(1, parseInt(this.getAttribute('size'), 10) || (this.compact ? 5 : 10)));
    this.chosen = {};
    this.more = new Set();
    this.page = 1;
    this.q = this.input ? this.input.value : '';
    this.input = h('input', { id: 'q', type: 'search', part: 'input', autocomplete: 'off',
      placeholder: this.getAttribute('placeholder') || this.t('placeholder') });
    this.input.value = this.q;
    this.status = h('p', { role: 'status', part: 'count', class: this.compact ? 'vh' : 'st' });
    this.spinner = h('span', { class: 'spin', part: 'spinner', 'aria-hidden': 'true', hidden: '' });
    this.note = h('p', { part: 'notice', class: 'note', hidden: '' });
    this.error = h('div', { part: 'error', class: 'err', role: 'alert', hidden: '' });
    this.results = h(this.compact ? 'ul' : 'ol', { id: 'r', part: 'results' });
    const label = h('label', { for: 'q', class: 'vh' }, this.t('searchLabel'));
    let box;
    if (this.compact) {
      Object.entries({ role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'r', 'aria-autocomplete': 'list' })
        .forEach(([k, v]) => this.input.setAttribute(k, v));
      this.results.setAttribute('role', 'listbox');
      this.results.setAttribute('aria-label', this.t('searchLabel'));
      this.results.hidden = true;
      box = [label, h('div', { class: 'row' }, this.input, this.spinner), this.results, this.status];
      this.input.onkeydown = (e) => this.key(e);
      this.input.onblur = () => this.open(false);
      this.results.onmousedown = (e) => e.preventDefault();
      this.results.onclick = (e) => {
        const li = e.target.closest('li');
        if (li) this.go(li);
      };
    } else {
      this.facets = h('div', { part: 'facets', class: 'facets' });
      const step = (delta, text) => {
        const b = h('button', { type: 'button' }, text);
        b.onclick = () => {
          this.page += delta;
          this.search();
        };
        return b;
      };
      this.pager = h('div', { part: 'pager', class: 'pager', role: 'group', 'aria-label': this.t('pages'), hidden: '' },
        step(-1, this.t('previous')), h('span'), step(1, this.t('next')));
      const form = h('form', { part: 'form' }, label, this.input, h('button', { part: 'button' }, this.t('search')));
      form.onsubmit = (e) => {
        e.preventDefault();
        this.track.commit(...this.intent());
        this.page = 1;
        this.search();
      };
      this.facets.onchange = (e) => {
        const c = e.target;
        if (c.type !== 'checkbox') return;
        const set = new Set(this.chosen[c.name] || []);
        if (c.checked) set.add(c.value);
        else set.delete(c.value);
        this.chosen[c.name] = [...set];
        this.track.end();
        this.page = 1;
        this.search();
      };
      this.mapBox = this.hasAttribute('map') ? h('div', { part: 'map', class: 'map', 'aria-busy': 'true' }) : null;
      this.map = null;
      this.results.onclick = (e) => {
        const li = e.target.closest('a') && e.target.closest('li.hit');
        if (li) this.clicked(li);
      };
      box = [form, h('div', { class: 'row' }, this.status, this.spinner), this.note, this.error, this.mapBox,
        h('div', { class: 'body' }, this.dims.length ? this.facets : null, this.results), this.pager];
    }
    this.input.oninput = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.page = 1;
        this.search();
      }, 250);
    };
    this.box = h('div', { class: 'w' + (this.compact ? ' compact' : ''), lang: this.tr.lang, dir: this.tr.lang === 'ar' ? 'rtl' : 'ltr' }, box);
    root.replaceChildren(this.box);
    this.applyTheme();
    if (!this.compact || this.input.value.trim()) this.search();
    if (this.mapBox) this.loadMap(this.mapBox);
    if (this.mapBox || this.dims.includes('country')) this.loadNames();
    this.full = null;
    if (this.dims.includes('region')) {
      this.allStrings().then((all) => {
        if (!all || all.lang !== this.tr.lang) return;
        this.full = all;
        if (this.data) this.drawFacets();
      });
    }
  }

  // Country names in the widget's language, from the service's country table.
  loadNames() {
    const lang = this.tr.lang;
    getJson(this.api + '/api/countries?lang=' + lang).then((table) => {
      if (lang !== this.tr.lang) return;
      this.names = {};
      for (const c of table.countries) this.names[c.name] = c.names[lang];
      if (this.data) this.show(this.data);
    }, () => {});
  }

  // The page's map module and stylesheet, from the service, only for <lcs-search map>.
  loadMap(box) {
    const api = this.api;
    // The map's strings come with it, from the page's full table (the bundle carries only the widget's).
    Promise.all([import(api + '/js/map.js'), this.allStrings(), fetch(api + '/css/map.css').then((r) => r.text())])
      .then(([m, tr, css]) => {
        const i18n = { t: tr.t, facetLabel: (d, v) => this.label(d, v), number: tr.number };
        const s = new CSSStyleSheet();
      s.replaceSync(css);
      this.shadowRoot.adoptedStyleSheets = [sheet, s];
      return m.createMap(box, { i18n, base: api, onToggle: (value, on) => {
        if (this.fixed.country.length) return;
        const set = new Set(this.chosen.country || []);
        if (on) set.add(value);
        else set.delete(value);
        this.chosen.country = [...set];
        this.track.end();
        this.page = 1;
        this.search();
      } });
    }).then((map) => {
      if (box !== this.mapBox) return;
      this.map = map;
      if (this.data) map.update(this.data.facets.country || [], this.data.facetsExact === false);
    }, () => box.replaceChildren()).finally(() => box.removeAttribute('aria-busy'));
  }

  // The search as analytics count it: [query, filters]; another page is the same search.
  intent() {
    const filters = {};
    for (const d of DIMS) {
      const v = [...this.fixed[d], ...(this.chosen[d] || [])];
      if (v.length) filters[d] = v;
    }
    return [this.input.value.trim(), filters];
  }

  clicked(li) {
    const i = [...this.results.children].indexOf(li);
    const hit = this.hits && this.hits[i];
    if (hit) this.track.click((this.page - 1) * this.size + i + 1, hit.id);
  }

  /**
   * The page's whole string table from the service (js/i18n.js), for what is rarely shown: the map,
   * "did you mean", the language notice. The bundle carries only the strings of every search.
   */
  allStrings() {
    const lang = this.tr.lang;
    if (!this.all || this.all.lang !== lang) {
      this.all = import(this.api + '/js/i18n.js').then((m) => translator(m.STRINGS, lang), () => null);
      this.all.lang = lang;
    }
    return this.all;
  }

  /**
   * Searches q as if typed and entered: a chosen correction or popular query is an intent of its own.
   * A popular query is searched without the filters the reader chose (it finds results without them).
   */
  again(q, unfiltered) {
    this.track.end();
    if (unfiltered) this.chosen = {};
    this.input.value = q;
    this.input.focus();
    this.track.commit(...this.intent());
    this.page = 1;
    this.search();
  }

  /**
   * Nothing found: the correction and the most searched queries that find something (GET
   * /api/popular), each searching itself when chosen: buttons under the full widget's empty list,
   * options in the compact one's. Their strings come from the service's full table, like the map's:
   * the bundle has no room for them.
   */
  async rescue(data) {
    // None from a service with analytics off (its answers have no queryId), nor for a widget whose fixed
    // filters the popular queries, counted over the whole collection, may find nothing in.
    const ask = data.queryId && !DIMS.some((d) => this.fixed[d].length);
    const [all, queries] = await Promise.all([this.allStrings(), ask ? popular(this.api) : []]);
    if (!all || this.hits !== data.hits) return;
    const fix = data.didYouMean;
    if (this.compact) {
      const option = (q, text, unfiltered) => h('li', { role: 'option', 'aria-selected': 'false', 'data-q': q, 'data-all': unfiltered }, text);
      const n = this.results.children.length;
      this.results.append(...[fix ? option(fix, all.t('didYouMean', { q: fix })) : null,
        queries.length ? h('li', { role: 'option', 'aria-disabled': 'true', class: 'meta' }, all.t('oftenSearched')) : null,
        ...queries.map((q) => option(q, q, true))].filter(Boolean).map((li, i) => Object.assign(li, { id: 'o' + (n + i) })));
      return this.open(this.shadowRoot.activeElement === this.input);
    }
    const button = (q, unfiltered) => {
      const b = h('button', { type: 'button', class: 'more' }, q);
      b.onclick = () => this.again(q, unfiltered);
      return b;
    };
    const li = h('li', { class: 'hit' }, fix ? h('p', null, all.parts('didYouMean', { q: button(fix) })) : null,
      popularParagraph(queries, all.t('oftenSearched'), (q) => button(q, true)));
    if (li.childNodes.length) this.results.append(li);
  }

  params(page) {
    const p = new URLSearchParams();
    if (this.input.value.trim()) p.set('q', this.input.value.trim());
    for (const d of DIMS) for (const v of [...this.fixed[d], ...(this.chosen[d] || [])]) p.append(d, v);
    if (page) {
      p.set('page', this.page);
      p.set('size', this.size);
    }
    return p;
  }

  /** The full results page: results-url (the editor's own page) or the service's, in the widget's language. */
  resultsHref() {
    const p = this.params(false);
    p.set('lang', this.tr.lang);
    const url = new URL(this.getAttribute('results-url') || this.api + '/', location.href);
    if (!safeUrl(url.href)) return this.api + '/?' + p;
    for (const [k, v] of p) url.searchParams.append(k, v);
    return url.href;
  }

  /** While an answer is on its way: results marked busy, stale controls disabled, a spinner after 300 ms. */
  busy(on) {
    clearTimeout(this.busyTimer);
    this.box.classList.toggle('stale', on);
    if (on) {
      this.results.setAttribute('aria-busy', 'true');
      this.busyTimer = setTimeout(() => (this.spinner.hidden = false), BUSY_AFTER_MS);
    } else {
      this.results.removeAttribute('aria-busy');
      this.spinner.hidden = true;
    }
    for (const el of this.box.querySelectorAll('.facets input, .facets button, .pager button')) {
      if (on) el.setAttribute('aria-disabled', 'true');
      else el.removeAttribute('aria-disabled');
    }
  }

  async search() {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    if (this.ctrl) this.ctrl.abort();
    const ctrl = (this.ctrl = new AbortController());
    if (this.compact && !this.input.value.trim()) return this.open(false);
    this.busy(true);
    try {
      this.show(await getJson(this.api + '/api/search?' + this.params(true), ctrl.signal));
      this.fail(null);
    } catch (e) {
      if (e.name !== 'AbortError') this.fail(e);
    } finally {
      if (this.ctrl === ctrl) this.busy(false);
    }
  }

  /** Says which failure it is (busy, bad request, no connection), offers a retry, and retries a 503 itself. */
  fail(e) {
    this.error.hidden = !e;
    if (!e) return this.error.replaceChildren();
    const key = errorKey(e);
    const retry = h('button', { type: 'button', class: 'retry' }, this.t('retry'));
    retry.onclick = () => this.search();
    const wait = key === 'errorBusy' && e.retryAfter != null ? Math.min(e.retryAfter, MAX_RETRY_S) : null;
    // A 400 is rare (the widget makes its own requests): its sentence comes on demand, the API's message until then.
    const bad = key === 'errorBadRequest';
    const say = h('span', null, bad ? e.message : this.t(key, { message: e.message }));
    if (bad) this.allStrings().then((all) => all && (say.textContent = all.t(key, { message: e.message })));
    this.error.replaceChildren(h('span', null, say, wait != null ? ' ' + this.t('retryIn', { n: wait }) : ''), retry);
    if (wait != null) this.retryTimer = setTimeout(() => this.search(), wait * 1000);
    this.status.textContent = '';
    this.results.replaceChildren();
    if (this.compact) {
      this.results.append(h('li', { role: 'option', 'aria-disabled': 'true', class: 'err' }, say));
      this.open(true);
    } else {
      this.pager.hidden = true;
    }
  }

  href(hit) {
    const lang = this.getAttribute('lang') ? '?lang=' + encodeURIComponent(this.tr.lang) : '';
    return safeUrl(hit.url) || this.api + '/doc/' + encodeURIComponent(hit.id) + lang;
  }

  show(data) {
    this.hits = data.hits;
    const [q, filters] = this.intent();
    this.track.answer({ queryId: data.queryId, q, filters, total: data.total });
    if (!data.total) this.rescue(data);
    const none = q ? this.t('noResults', { q }) : '';
    this.status.textContent = data.total ? this.count(data.total, data.totalExact) : none;
    // Nothing at all under the widget's fixed filters is rare: that sentence comes on demand ("0 results" if it can't).
    if (!data.total && !q) this.allStrings().then((all) => this.hits === data.hits && (this.status.textContent = all ? all.t('noDocuments') : this.count(0)));
    this.note.hidden = true;
    if (data.notice && !this.compact) {
      this.allStrings().then((all) => {
        const notice = all && this.data === data && all.notice(data.notice);
        this.note.textContent = notice || '';
        this.note.hidden = !notice;
      });
    }
    const c = this.compact;
    this.results.replaceChildren(...data.hits.map((hit, i) => {
      const s = h(c ? 'div' : 'p', { part: 'snippet', class: 's', dir: 'auto' });
      if (hit.snippet) setSnippet(s, hit.snippet);
      else s.textContent = hit.summary || '';
      const title = c ? h('div', { part: 'title', class: 't', dir: 'auto' }, hit.title || hit.id)
        : h('a', { part: 'title', class: 't', href: this.href(hit), dir: 'auto' }, hit.title || hit.id);
      const meta = [this.tr.typeLabel(hit.type), [hit.city, hit.country && this.label('country', hit.country)].filter(Boolean).join(', '), hit.year]
        .filter(Boolean).map((m) => h('bdi', null, m));
      return h('li', { part: 'hit', class: 'hit', lang: hit.language, id: c ? 'o' + i : null, role: c ? 'option' : null,
        'aria-selected': c ? 'false' : null, 'data-href': c ? this.href(hit) : null },
      title, h('div', { part: 'meta', class: 'meta', lang: this.tr.lang }, meta.flatMap((m, j) => (j ? [' · ', m] : [m]))), s);
    }));
    if (c) {
      if (data.total > data.hits.length) {
        this.results.append(h('li', { role: 'option', class: 'all', id: 'o' + data.hits.length, 'aria-selected': 'false',
          'data-href': this.resultsHref() }, this.t('seeAll') + ' (' + this.count(data.total, data.totalExact) + ')'));
      }
      if (!data.total) this.results.append(h('li', { role: 'option', 'aria-disabled': 'true', id: 'o0' }, none));
      this.active = -1;
      this.open(this.shadowRoot.activeElement === this.input);
      return;
    }
    this.data = data;
    this.drawFacets();
    if (this.map) this.map.update(data.facets.country || [], data.facetsExact === false);
    // The same two buttons stay, so keyboard focus stays on them while paging; no page past the API's window.
    const pages = lastPage(data.total, this.size);
    const [prev, at, next] = this.pager.children;
    const focused = this.shadowRoot.activeElement;
    prev.disabled = this.page < 2;
    next.disabled = this.page >= pages;
    at.textContent = this.tr.number(this.page) + ' / ' + this.tr.number(pages);
    if (focused && focused.disabled) (focused === prev ? next : prev).focus();
    this.pager.hidden = pages < 2;
  }

  // Long lists show 8 values (and any chosen) until "show all"; focus survives the redraw.
  drawFacets() {
    const data = this.data;
    const approx = data.facetsExact === false;
    const was = this.shadowRoot.activeElement;
    const key = was && this.facets.contains(was) ? was.name + '\n' + was.value : null;
    this.facets.replaceChildren(...this.dims.filter((d) => (data.facets[d] || []).length).map((d) => {
      const all = data.facets[d];
      const open = this.more.has(d);
      const more = h('button', { type: 'button', class: 'more', name: d, value: '', 'aria-expanded': String(open) },
        open ? this.t('showFewer') : this.t('showAll', { n: all.length }));
      more.onclick = () => {
        this.more[open ? 'delete' : 'add'](d);
        this.drawFacets();
      };
      return h('fieldset', { part: 'facet' }, h('legend', null, this.t('facet.' + d)),
        all.filter((e, i) => open || e.selected || i < LIMIT).map((e) => h('label', { class: 'o', part: 'facet-option' },
          h('input', { type: 'checkbox', name: d, value: e.value, checked: !!e.selected }),
          h('span', null, this.label(d, e.value)), facetCount(this.tr, e.count, approx && e.estimated === true, 'c', 'vh'))),
        all.length > LIMIT ? more : null);
    }));
    if (key) {
      const again = [...this.facets.querySelectorAll('[name]')].find((el) => el.name + '\n' + el.value === key);
      if (again) again.focus();
    }
  }

  open(on) {
    if (!this.compact) return;
    on = on && this.results.children.length > 0;
    this.results.hidden = !on;
    this.input.setAttribute('aria-expanded', on);
    if (!on) this.mark(-1);
  }

  mark(i) {
    this.active = i;
    [...this.results.children].forEach((li, j) => li.setAttribute('aria-selected', i === j));
    if (i >= 0) {
      this.input.setAttribute('aria-activedescendant', 'o' + i);
      this.results.children[i].scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  // Arrows move through the list; Enter opens the marked option, or with none marked searches (the
  // full results page); Escape closes the list and keeps the text (a search box would clear it).
  key(e) {
    const n = this.results.children.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
      e.preventDefault();
      this.open(true);
      this.mark(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active < 1 ? n : this.active) - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0 && !this.results.hidden) this.go(this.results.children[this.active]);
      else if (this.input.value.trim()) location.assign(this.resultsHref());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.open(false);
    }
  }

  go(li) {
    if (li && li.dataset.q) return this.again(li.dataset.q, li.hasAttribute('data-all'));
    if (li && li.classList.contains('hit')) this.clicked(li);
    if (li && li.dataset.href) location.assign(li.dataset.href);
  }
}

if (!customElements.get('lcs-search')) customElements.define('lcs-search', LcsSearch);
