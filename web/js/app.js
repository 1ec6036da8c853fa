// The search page: wires the URL state, the API client and rendering together. Every view is a URL;
// in-page links carry data-nav and are followed with history.pushState, and popstate re-renders.

import * as api from './api.js';
import * as i18n from './i18n.js';
import * as S from './state.js';
import * as R from './render.js';
import { Combobox } from './combobox.js';
import * as analytics from './analytics.js';

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'), q: $('q'), suggestions: $('suggestions'), sort: $('sort'), uiLang: $('ui-lang'),
  status: $('status'), chips: $('chips'), didYouMean: $('did-you-mean'), error: $('error'),
  facets: $('facets'), facetGroups: $('facet-groups'), filtersToggle: $('filters-toggle'),
  results: $('results'), loading: $('loading'), empty: $('empty'), hits: $('hits'), pagination: $('pagination'),
  searchView: $('search-view'), docView: $('doc-view'), showResults: $('show-results'),
  map: $('map'), mapToggle: $('map-toggle'),
};
const BUSY_AFTER_MS = 300; // a fast answer shows no indicator at all
const MAX_RETRY_S = 30;

let state = S.fromLocation();
// What the URL does not hold: the country filter text, expanded facet lists, where focus goes next.
const ui = { countryFilter: '', expanded: new Set(), focus: null, fromSearch: false, lastSearch: null };
const cache = new Map(); // API query string → answer, so back and forward redraw at once
let last = null; // { key, result } on screen
let searchCtrl = null;
let docCtrl = null;
let typingTimer = 0;
let loadingTimer = 0;
let retryTimer = 0;
// What the server already put in the page for this URL (a shared link): drawn without fetching it again.
let initial = readInitial();

function readInitial() {
  const el = document.getElementById('initial');
  if (!el || el.dataset.href !== location.pathname + location.search) return null;
  try {
    return JSON.parse(el.textContent);
  } catch {
    return null;
  } finally {
    el.remove();
  }
}
const track = analytics.createTracker({ lang: () => i18n.language() });

function setUpLanguage() {
  i18n.setLanguage(i18n.pickLanguage(state.lang));
  i18n.translateStatic();
  loadCountries();
  syncMapToggle();
  els.uiLang.replaceChildren(...Object.entries(i18n.LANGUAGES).map(([code, name]) => {
    const o = new Option(name, code, false, code === i18n.language());
    o.lang = code;
    return o;
  }));
}

// ---- country names in the UI language, and the map

let countriesFor = null;

/** Fetches the country names of the UI language once per language, then relabels what is on screen. */
function loadCountries() {
  const l = i18n.language();
  if (countriesFor === l) return;
  countriesFor = l;
  // A page the server drew brings the table of its language, so the first drawing names countries as it did.
  if (initial?.countries?.languages?.[0] === l) {
    i18n.setCountries(initial.countries);
    return;
  }
  api.countries(l).then((table) => {
    if (i18n.language() !== l) return;
    i18n.setCountries(table);
    if (state.view !== 'search') return;
    keepFocus(() => R.renderChips(els.chips, state));
    if (last) draw(last.key, last.result);
  }, () => { countriesFor = null; });
}

// Open unless the screen is narrow; the map module and its shapes load the first time it opens.
const narrow = window.matchMedia('(max-width: 40rem)');
const mapUi = { open: !narrow.matches, map: null, loading: null };

function syncMapToggle() {
  els.mapToggle.setAttribute('aria-expanded', String(mapUi.open));
  els.mapToggle.textContent = i18n.t(mapUi.open ? 'map.hide' : 'map.show');
  els.map.hidden = !mapUi.open;
  if (mapUi.open && !mapUi.map && !mapUi.loading) {
    els.map.setAttribute('aria-busy', 'true');
    mapUi.loading = import('./map.js')
      .then((m) => m.createMap(els.map, {
        i18n,
        zoom: true,
        onToggle: (value, on) => navigate(S.searchHref(S.toggleFilter(state, 'country', value, on))),
      }))
      .then((map) => {
        mapUi.map = map;
        updateMap();
      }, () => {
        els.map.replaceChildren(R.h('p', { class: 'map-error', dataset: { i18n: 'map.unavailable' } }, i18n.t('map.unavailable')));
      })
      .finally(() => {
        mapUi.loading = null;
        els.map.removeAttribute('aria-busy');
      });
  }
}

function updateMap() {
  if (mapUi.map && last) mapUi.map.update(last.result.facets.country ?? [], last.result.facetsExact === false);
}

// ---- navigation

function navigate(href, { typing = false, focus = null } = {}) {
  if (!typing) S.endTyping();
  S.commit(href, { typing });
  ui.focus = focus;
  route();
}

function route() {
  state = S.fromLocation();
  if (i18n.pickLanguage(state.lang) !== i18n.language()) {
    setUpLanguage();
    last = null; // redraw the labels
  }
  if (state.view === 'doc') showDocument(state.id);
  else showSearch();
}

function focusNow(target) {
  if (target === 'results') {
    els.results.focus();
    els.results.scrollIntoView({ block: 'start' });
  } else if (target === 'doc') {
    $('doc-title')?.focus();
    window.scrollTo(0, 0);
  } else if (target === 'input') {
    els.q.focus();
  }
}

// ---- search view

function syncControls() {
  if (document.activeElement !== els.q || els.q.value.trim() !== state.q.trim()) els.q.value = state.q;
  // With no words the API lists newest first whatever the sort; the control says so.
  const listing = !state.q.trim();
  els.sort.value = listing ? 'newest' : state.sort;
  els.sort.disabled = listing;
  keepFocus(() => R.renderChips(els.chips, state));
  const n = S.filterCount(state);
  els.filtersToggle.textContent = n ? i18n.t('filtersCount', { n }) : i18n.t('filters');
}

function showSearch() {
  els.docView.hidden = true;
  els.searchView.hidden = false;
  ui.lastSearch = S.searchHref(state);
  document.title = state.q.trim() ? `${state.q.trim()} — ${i18n.t('brand')}` : i18n.t('brand');
  syncControls();
  const key = S.apiParams(state).toString();
  const rendered = initial?.search;
  if (rendered) cache.set(key, rendered);
  initial = null;
  if (rendered) {
    // The server's answer is this visit's search: reported and rescued like one the page fetched.
    draw(key, rendered);
    track.answer({ queryId: rendered.queryId, q: state.q, filters: state.filters, total: rendered.askedTotal ?? rendered.total });
    if (rendered.total === 0) showPopular(rendered, new AbortController().signal);
    return done();
  }
  if (last?.key === key) return done();
  if (cache.has(key)) {
    draw(key, cache.get(key));
    return done();
  }
  runSearch(key);
}

function done() {
  if (ui.focus) focusNow(ui.focus);
  ui.focus = null;
}

async function runSearch(key) {
  const s = state;
  searchCtrl?.abort();
  const ctrl = (searchCtrl = new AbortController());
  clearTimeout(loadingTimer);
  clearTimeout(retryTimer);
  // Busy at once (stale controls off), and after a moment a calm indicator in place of the old count.
  loadingTimer = setTimeout(() => {
    els.loading.hidden = false;
    els.status.textContent = i18n.t('loading');
  }, BUSY_AFTER_MS);
  setBusy(true);
  try {
    let result = await api.search(S.apiParams(s), ctrl.signal);
    const asked = result; // what was searched, even when a correction is shown
    if (result.total === 0 && result.didYouMean && s.q.trim()) {
      // Nothing found but a spelling correction exists: show its results, and say so.
      const fixed = await api.search(S.apiParams({ ...s, q: result.didYouMean }), ctrl.signal);
      if (fixed.total > 0) result = { ...fixed, corrected: result.didYouMean, shownQuery: result.didYouMean };
    }
    if (cache.size > 50) cache.delete(cache.keys().next().value);
    cache.set(key, result);
    if (!ctrl.signal.aborted) {
      draw(key, result);
      done();
      track.answer({ queryId: asked.queryId, q: s.q, filters: s.filters, total: asked.total });
      if (result.total === 0) showPopular(asked, ctrl.signal);
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
    last = null;
    // Say what failed, and show nothing that belongs to an earlier search.
    els.status.textContent = '';
    els.hits.replaceChildren();
    els.facetGroups.replaceChildren();
    for (const el of [els.empty, els.pagination, els.didYouMean]) el.hidden = true;
    // A busy service says when to come back: try again then, once the reader has not moved on.
    const wait = e.status === 503 && e.retryAfter != null ? Math.min(e.retryAfter, MAX_RETRY_S) : null;
    R.renderError(els.error, e, wait);
    if (wait != null) retryTimer = setTimeout(() => searchCtrl === ctrl && runSearch(key), wait * 1000);
  } finally {
    if (searchCtrl === ctrl) {
      clearTimeout(loadingTimer);
      els.loading.hidden = true;
      setBusy(false);
    }
  }
}

/** Marks the results busy and the controls that belong to the previous answer stale (not clickable). */
function setBusy(on) {
  if (on) els.results.setAttribute('aria-busy', 'true');
  else els.results.removeAttribute('aria-busy');
  for (const el of [els.hits, els.facets, els.pagination, els.status]) el.classList.toggle('stale', on);
  for (const el of els.facets.querySelectorAll('input, button:not(#show-results)')) {
    if (on) el.setAttribute('aria-disabled', 'true');
    else el.removeAttribute('aria-disabled');
  }
}

/** Under "no results": a few of the most searched queries that do find something. */
async function showPopular(answer, signal) {
  // No queryId: analytics are off, and so is /api/popular.
  const queries = answer.queryId ? await analytics.popular() : [];
  if (signal.aborted || !queries.length || els.empty.hidden) return;
  els.empty.append(analytics.popularParagraph(queries, i18n.t('oftenSearched'), (q) => {
    const a = document.createElement('a');
    a.href = S.searchHref(S.next(state, { q, filters: {} }));
    a.dataset.nav = '';
    a.textContent = q;
    return a;
  }));
}

function draw(key, result) {
  last = { key, result };
  keepFocus(() => {
    R.renderError(els.error, null);
    R.renderStatus(els.status, result, state);
    R.renderDidYouMean(els.didYouMean, result, state);
    R.renderEmpty(els.empty, result, state);
    R.renderHits(els.hits, result, state);
    R.renderPagination(els.pagination, result, state);
    R.renderFacets(els.facetGroups, result, ui);
  });
  els.showResults.textContent = i18n.t('showResults', { n: result.total });
  updateMap();
}

/** Runs a re-render and puts focus back on the element with the same data-key, if there is one. */
function keepFocus(render) {
  const active = document.activeElement;
  const key = active?.dataset?.key;
  const caret = key === 'country-filter' ? active.selectionStart : null;
  render();
  if (!key || document.activeElement === active && active.isConnected) return;
  const again = [...document.querySelectorAll('[data-key]')].find((el) => el.dataset.key === key);
  if (again) {
    again.focus();
    if (caret != null) again.setSelectionRange(caret, caret);
  } else if (key.startsWith('chip:') || key === 'clear-all') {
    // The chip is gone with its filter: go to the next chip, else back to the search box.
    (els.chips.querySelector('.chip') ?? els.q).focus();
  }
}

// ---- document view

async function showDocument(id) {
  els.searchView.hidden = true;
  els.docView.hidden = false;
  ui.fromSearch = ui.fromSearch && !!ui.lastSearch;
  // From a shared link with a query, "back" goes to that search, not an empty page.
  const back = ui.lastSearch ?? S.searchHref({ q: state.q, filters: {}, sort: 'relevance', page: 1, size: 10, lang: state.lang });
  docCtrl?.abort();
  const ctrl = (docCtrl = new AbortController());
  els.docView.setAttribute('aria-busy', 'true');
  try {
    const given = initial?.document?.id === id ? initial : null;
    initial = null;
    const doc = given?.document ?? await api.documentById(id, ctrl.signal);
    R.renderDocument(els.docView, doc, back, state.q);
    document.title = `${doc.title} — ${i18n.t('brand')}`;
    done();
    // Like a search engine's cached page: the first word of the search, in view.
    els.docView.querySelector('.doc-body mark')?.scrollIntoView({ block: 'center' });
    els.docView.removeAttribute('aria-busy');
    const rel = given?.related ?? await api.related(id, ctrl.signal).then((r) => r.related, (e) => (e.name === 'AbortError' ? null : []));
    if (!ctrl.signal.aborted) R.renderRelated(els.docView, rel, state);
  } catch (e) {
    if (e.name === 'AbortError') return;
    R.renderDocumentError(els.docView, e, back);
    els.docView.removeAttribute('aria-busy');
    done();
  }
}

// ---- events

const combo = new Combobox(els.q, els.suggestions,
  (q, signal) => api.suggest(q, signal).then((r) => r.suggestions ?? []),
  (s) => {
    clearTimeout(typingTimer);
    if (s.kind === 'document' && s.id) {
      ui.fromSearch = true;
      navigate(S.docHref(s.id, state.lang), { focus: 'doc' });
    } else {
      els.q.value = s.text;
      navigate(S.searchHref(S.next(state, { q: s.text })));
    }
  });

els.q.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => navigate(S.searchHref(S.next(state, { q: els.q.value })), { typing: true }), 250);
});

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typingTimer);
  combo.close();
  track.commit(els.q.value, state.filters);
  navigate(S.searchHref(S.next(state, { q: els.q.value })));
});

els.sort.addEventListener('change', () => navigate(S.searchHref(S.next(state, { sort: els.sort.value }))));

els.uiLang.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('lang', els.uiLang.value);
  history.replaceState(history.state, '', url.pathname + url.search);
  state = S.fromLocation();
  ui.lastSearch = null;
  route(); // redraws every label in the new language

  els.uiLang.focus();
});

els.mapToggle.addEventListener('click', () => {
  mapUi.open = !mapUi.open;
  syncMapToggle();
});

function openSheet(open) {
  els.filtersToggle.setAttribute('aria-expanded', String(open));
  els.facets.classList.toggle('open', open);
}

els.filtersToggle.addEventListener('click', () => openSheet(els.filtersToggle.getAttribute('aria-expanded') !== 'true'));

// On a phone the filters are a sheet over the results: "Show N results" closes it and lands on them.
els.showResults.addEventListener('click', () => {
  openSheet(false);
  els.results.focus({ preventScroll: true });
  // The chosen filters' chips stay in sight above the first result.
  (els.chips.hidden ? els.results : els.chips).scrollIntoView({ block: 'start' });
});

els.facetGroups.addEventListener('change', (e) => {
  const box = e.target.closest('input[type=checkbox][data-dim]');
  if (box?.getAttribute('aria-disabled') === 'true') { // ticked while the previous answer was stale
    box.checked = !box.checked;
    return;
  }
  if (box) track.end();
  if (box) navigate(S.searchHref(S.toggleFilter(state, box.dataset.dim, box.value, box.checked)));
});

els.facetGroups.addEventListener('input', (e) => {
  if (e.target.id !== 'country-filter' || !last) return;
  ui.countryFilter = e.target.value;
  R.renderPlaceTree(e.target.closest('fieldset'), last.result, ui);
});

document.addEventListener('click', (e) => {
  const hit = e.target.closest('#hits > li a')?.closest('li');
  if (hit && last) {
    const i = [...els.hits.children].indexOf(hit);
    track.click((last.result.page - 1) * last.result.size + i + 1, last.result.hits[i]?.id);
  }
  const more = e.target.closest('button[data-more]');
  if (more && last) {
    const dim = more.dataset.more;
    if (ui.expanded.has(dim)) ui.expanded.delete(dim);
    else ui.expanded.add(dim);
    keepFocus(() => R.renderFacets(els.facetGroups, last.result, ui));
    return;
  }
  if (e.target.closest('button[data-action=retry]')) {
    last = null;
    route();
    return;
  }
  const a = e.target.closest('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  if (a.dataset.action === 'back' && ui.fromSearch) {
    ui.fromSearch = false;
    history.back();
    return;
  }
  const url = new URL(a.href);
  const toDoc = url.pathname.startsWith('/doc/');
  if (toDoc) ui.fromSearch = state.view === 'search';
  const focus = toDoc ? 'doc' : a.dataset.page ? 'results' : a.closest('#did-you-mean, #empty') ? 'input' : null;
  navigate(url.pathname + url.search, { focus });
});

window.addEventListener('popstate', () => {
  ui.fromSearch = false;
  combo.close();
  clearTimeout(typingTimer);
  route();
});

setUpLanguage();
route();
