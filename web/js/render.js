// Rendering: API answers to DOM. Every value from the API goes in as text (textContent, attributes);
// the only markup taken from the API is <mark> in snippets, rebuilt element by element.

import { t, parts, number, facetLabel, typeLabel, regionLabel, languageName, formatDate } from './i18n.js';
import { FACETS, searchHref, docHref, next, toggleFilter } from './state.js';

const LIMIT = 8; // facet values shown before "show all"

/** Creates an element; attrs go through setAttribute (never style or on*), children are text or nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'checked' || k === 'value') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

/** Only http(s) URLs become links; anything else (javascript:, data:, garbage) gives null. */
export function safeUrl(url) {
  try {
    const u = new URL(String(url));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * Fills el with a snippet: the API escapes all text and adds only <mark>…</mark>. Exactly those two
 * tags become elements; every other character, tag-like or not, becomes text.
 */
export function setSnippet(el, html) {
  el.replaceChildren();
  let target = el;
  for (const piece of String(html ?? '').split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) {
      target = el.appendChild(document.createElement('mark'));
    } else if (/^<\/mark>$/i.test(piece)) {
      target = el;
    } else if (piece) {
      target.append(decodeEntities(piece));
    }
  }
}

// Each piece is isolated (<bdi>) so a Latin place name and a date keep their order in Arabic.
const join = (items, sep = ' · ') => items.filter(Boolean).flatMap((x, i) => {
  const piece = h('bdi', {}, x);
  return i ? [sep, piece] : [piece];
});

function place(hit) {
  return [hit.city, hit.country].filter(Boolean).join(', ');
}

/** The status line; a total the API estimated (totalExact false) reads "About N results". */
export function renderStatus(el, result, state) {
  const n = result.total;
  const q = result.shownQuery ?? state.q.trim();
  const about = result.totalExact === false;
  const shown = about ? twoFigures(n) : n;
  el.textContent = q ? t(about ? 'aboutResultsFor' : 'resultsFor', { n: shown, q })
    : t(about ? 'aboutDocuments' : 'documents', { n: shown });
}

/** The hits list. Titles link to the original when it is http(s), else to the document view. */
export function renderHits(ol, result, state) {
  ol.start = (result.page - 1) * result.size + 1;
  ol.replaceChildren(...result.hits.map((hit) => {
    const original = safeUrl(hit.url);
    const inside = docHref(hit.id, state.lang);
    const title = h('a', { href: original ?? inside, class: 'hit-link', dataset: original ? {} : { nav: '' } }, hit.title ?? hit.id);
    if (original) title.append(h('span', { class: 'visually-hidden' }, ` ${t('external')}`));
    const snippet = h('p', { class: 'hit-snippet', dir: 'auto' });
    if (hit.snippet) setSnippet(snippet, hit.snippet);
    else snippet.textContent = hit.summary ?? '';
    return h('li', { class: 'hit', lang: hit.language || null },
      h('h3', { class: 'hit-title', dir: 'auto' }, title),
      h('p', { class: 'hit-meta', lang: document.documentElement.lang },
        h('span', { class: 'badge' }, typeLabel(hit.type)),
        ' ',
        join([place(hit), formatDate(hit.date, hit.year)])),
      snippet,
      original && h('p', { class: 'hit-more', lang: document.documentElement.lang },
        h('a', { href: inside, dataset: { nav: '' } }, t('fullText'))));
  }));
}

/** An estimate rounded to two significant figures (83,456 → 83,000): more digits would claim a precision it lacks. */
const twoFigures = (n) => Number(Number(n).toPrecision(2));

/** A facet count; an estimate shows "~N" and says "about N" to screen readers and on hover, N to two figures. */
function count(n, approx) {
  if (!approx) return h('span', { class: 'count' }, number(n));
  n = twoFigures(n);
  const about = t('about', { n });
  return h('span', { class: 'count approx', title: about },
    h('span', { 'aria-hidden': 'true' }, `~${number(n)}`), h('span', { class: 'visually-hidden' }, about));
}

function checkbox(dim, entry, approx, extraClass = '') {
  const key = `${dim}:${entry.value}`;
  return h('label', { class: `option ${extraClass}`.trim() },
    h('input', { type: 'checkbox', value: String(entry.value), checked: !!entry.selected, dataset: { dim, key } }),
    h('span', { class: 'option-label' }, facetLabel(dim, entry.value)),
    // With a sampled result set, values the sample missed are counted exactly (no "estimated").
    count(entry.count, approx && entry.estimated === true));
}

const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The region → country tree, with a filter box and "show all" for long country lists. */
function placeFacet(result, ui) {
  const countries = result.facets.country ?? [];
  if (!result.facets.region?.length && !countries.length) return null;
  const fs = h('fieldset', { class: 'facet', dataset: { facet: 'place' } }, h('legend', {}, t('facet.place')));
  if (countries.length > LIMIT) {
    fs.append(h('div', { class: 'facet-filter' },
      h('label', { for: 'country-filter', class: 'visually-hidden' }, t('filterCountries')),
      h('input', { type: 'search', id: 'country-filter', placeholder: t('filterCountries'), value: ui.countryFilter,
        autocomplete: 'off', dataset: { key: 'country-filter' } })));
  }
  fs.append(h('div', { class: 'place-body' }));
  renderPlaceTree(fs, result, ui);
  return fs;
}

/** (Re)fills the tree under the filter box, which keeps focus while people type in it. */
export function renderPlaceTree(fs, result, ui) {
  const regions = result.facets.region ?? [];
  const countries = result.facets.country ?? [];
  const filter = fold(ui.countryFilter.trim());
  const approx = result.facetsExact === false;
  const expanded = ui.expanded.has('country') || !!filter;
  const visible = countries.filter((c, i) =>
    filter ? fold(c.value).includes(filter) : expanded || c.selected || i < LIMIT);
  const groups = new Map(regions.map((r) => [r.value, { region: r, list: [] }]));
  for (const c of visible) {
    const key = c.region ?? '';
    if (!groups.has(key)) groups.set(key, { region: null, list: [] });
    groups.get(key).list.push(c);
  }
  const tree = h('ul', { class: 'tree' });
  for (const [key, { region, list }] of groups) {
    if (filter && !list.length && !(region && fold(regionLabel(region.value)).includes(filter))) continue;
    tree.append(h('li', {},
      // A region the other filters rule out has no count of its own, but still heads its countries.
      region ? checkbox('region', region, approx, 'region') : key ? h('span', { class: 'option region' },
        h('span', { class: 'option-label' }, regionLabel(key))) : null,
      list.length ? h('ul', {}, list.map((c) => h('li', {}, checkbox('country', c, approx)))) : null));
  }
  fs.querySelector('.place-body').replaceChildren(...[
    tree,
    filter && !visible.length ? h('p', { class: 'facet-none' }, t('noCountry')) : null,
    countries.length > LIMIT && !filter ? h('button', { type: 'button', class: 'link more',
      'aria-expanded': String(expanded), dataset: { more: 'country', key: 'more:country' } },
    expanded ? t('showFewer') : t('showAll', { n: countries.length })) : null,
  ].filter(Boolean));
}

function listFacet(dim, entries, approx, ui) {
  if (!entries?.length) return null;
  const expanded = ui.expanded.has(dim);
  const shown = entries.filter((e, i) => expanded || e.selected || i < LIMIT);
  const fs = h('fieldset', { class: 'facet', dataset: { facet: dim } },
    h('legend', {}, t(`facet.${dim}`)),
    h('ul', {}, shown.map((e) => h('li', {}, checkbox(dim, e, approx)))));
  if (entries.length > LIMIT) {
    fs.append(h('button', { type: 'button', class: 'link more', 'aria-expanded': String(expanded),
      dataset: { more: dim, key: `more:${dim}` } },
    expanded ? t('showFewer') : t('showAll', { n: entries.length })));
  }
  return fs;
}

/** Facet groups; ui holds what the URL does not: the country filter text and expanded lists. */
export function renderFacets(container, result, ui) {
  container.replaceChildren(...[
    placeFacet(result, ui),
    ...['type', 'year', 'language'].map((dim) => listFacet(dim, result.facets[dim], result.facetsExact === false, ui)),
  ].filter(Boolean));
}

function filterLabel(dim, value) {
  return `${t(`facet.${dim}`)}: ${facetLabel(dim, value)}`;
}

function removeButton(state, dim, value) {
  const label = filterLabel(dim, value);
  return h('a', { class: 'chip', href: searchHref(toggleFilter(state, dim, value, false)),
    'aria-label': t('removeFilter', { label }), dataset: { nav: '', key: `chip:${dim}:${value}` } },
  h('span', {}, label), h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'));
}

function selected(state) {
  return FACETS.flatMap((dim) => (state.filters[dim] ?? []).map((value) => [dim, value]));
}

/** Selected filters as removable chips, with "clear all". */
export function renderChips(el, state) {
  const chosen = selected(state);
  el.hidden = !chosen.length;
  el.replaceChildren();
  if (!chosen.length) return;
  el.append(
    h('h2', { class: 'visually-hidden' }, t('activeFilters')),
    h('ul', {}, chosen.map(([dim, value]) => h('li', {}, removeButton(state, dim, value)))),
    h('a', { class: 'clear-all', href: searchHref(next(state, { filters: {} })), dataset: { nav: '', key: 'clear-all' } },
      t('clearAll')));
}

/** "Did you mean" (a link) or, when the API's correction was run instead, "Showing results for". */
export function renderDidYouMean(el, result, state) {
  el.replaceChildren();
  el.hidden = true;
  if (result.corrected) {
    el.append(...parts('showingFor', { original: state.q.trim(), q: h('strong', {}, result.corrected) }));
    el.hidden = false;
  } else if (result.didYouMean && result.total > 0) {
    const link = h('a', { href: searchHref(next(state, { q: result.didYouMean })), dataset: { nav: '' } }, result.didYouMean);
    el.append(...parts('didYouMean', { q: link }));
    el.hidden = false;
  }
}

/** No hits: say so, and offer the filters for removal. */
export function renderEmpty(el, result, state) {
  el.replaceChildren();
  el.hidden = result.total > 0;
  if (result.total > 0) return;
  const q = state.q.trim();
  el.append(h('p', { class: 'empty-title' }, q ? t('noResults', { q }) : t('noDocuments')));
  const chosen = selected(state);
  if (chosen.length) {
    el.append(h('p', {}, t('hintFilters')),
      h('ul', { class: 'chips' }, chosen.map(([dim, value]) => h('li', {}, removeButton(state, dim, value)))),
      h('p', {}, h('a', { class: 'button', href: searchHref(next(state, { filters: {} })), dataset: { nav: '' } }, t('removeAll'))));
  } else if (q) {
    el.append(h('p', {}, t('hintSpelling')));
  }
}

/** The API serves hits up to this rank (page × size), so no page link goes past it. */
const MAX_WINDOW = 10000;

/** Previous, a window of page numbers and next; the current page carries aria-current. */
export function renderPagination(nav, result, state) {
  const pages = Math.min(Math.ceil(result.total / result.size), Math.floor(MAX_WINDOW / result.size));
  nav.hidden = pages <= 1;
  nav.replaceChildren();
  if (pages <= 1) return;
  const cur = result.page;
  const link = (p, label, cls, aria) => h('a', { href: searchHref(next(state, { page: p })), class: cls,
    'aria-label': aria, dataset: { nav: '', page: String(p) } }, label);
  const nums = [...new Set([1, cur - 1, cur, cur + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items = [];
  if (cur > 1) items.push(link(cur - 1, t('previous'), 'prev'));
  nums.forEach((p, i) => {
    if (i && p - nums[i - 1] > 1) items.push(h('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    const a = link(p, number(p), 'num', t('page', { n: p }));
    if (p === cur) a.setAttribute('aria-current', 'page');
    items.push(a);
  });
  if (cur < pages) items.push(link(cur + 1, t('next'), 'next'));
  nav.append(h('ul', {}, items.map((x) => h('li', {}, x))));
}

export function renderError(el, error) {
  el.replaceChildren();
  el.hidden = !error;
  if (!error) return;
  const detail = error.status >= 400 && error.status < 500 && error.message ? ` (${error.message})` : '';
  el.append(h('p', {}, t('error') + detail), h('button', { type: 'button', dataset: { action: 'retry' } }, t('retry')));
}

function metaRow(key, value) {
  return value ? [h('dt', {}, t(`meta.${key}`)), h('dd', {}, value)] : [];
}

/** The document view: full text as paragraphs, its metadata, the original, related documents. */
export function renderDocument(article, doc, backHref) {
  const original = safeUrl(doc.url);
  const paragraphs = String(doc.body ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  article.replaceChildren(
    h('p', { class: 'back' }, h('a', { href: backHref, dataset: { nav: '', action: 'back' } }, t('back'))),
    h('header', { class: 'doc-header', lang: doc.language || null },
      h('p', { class: 'badge', lang: document.documentElement.lang }, typeLabel(doc.type)),
      h('h1', { id: 'doc-title', tabindex: '-1', dir: 'auto' }, doc.title ?? doc.id),
      doc.summary ? h('p', { class: 'doc-summary', dir: 'auto' }, doc.summary) : null),
    h('dl', { class: 'doc-meta' },
      ...metaRow('city', doc.city),
      ...metaRow('country', doc.country),
      ...metaRow('region', doc.region && regionLabel(doc.region)),
      ...metaRow('date', formatDate(doc.date, doc.year)),
      ...metaRow('language', doc.language && languageName(doc.language))),
    h('div', { class: 'doc-body', lang: doc.language || null, dir: 'auto' }, paragraphs.map((p) => h('p', {}, p))),
    (doc.source || original) ? h('p', { class: 'doc-source' },
      doc.source ? [h('strong', {}, `${t('source')}: `), h('span', { dir: 'auto' }, doc.source), ' '] : null,
      original ? h('a', { href: original, rel: 'noopener noreferrer' }, t('openOriginal')) : null) : null,
    h('section', { class: 'related', 'aria-labelledby': 'related-heading' },
      h('h2', { id: 'related-heading' }, t('related')),
      h('div', { id: 'related-list' }, h('p', { class: 'muted' }, t('loading')))));
}

/** Fills the document view's related list (null: the call failed). */
export function renderRelated(article, related, state) {
  const box = article.querySelector('#related-list');
  if (!box) return;
  box.replaceChildren(related?.length
    ? h('ul', {}, related.map((r) => h('li', { lang: r.language || null },
      h('a', { href: docHref(r.id, state.lang), dataset: { nav: '' }, dir: 'auto' }, r.title ?? r.id),
      h('span', { class: 'muted', lang: document.documentElement.lang }, ' ',
        join([typeLabel(r.type), place(r), formatDate(r.date, r.year)])))))
    : h('p', { class: 'muted' }, t('noRelated')));
}

export function renderDocumentError(article, error, backHref) {
  article.replaceChildren(
    h('p', { class: 'back' }, h('a', { href: backHref, dataset: { nav: '', action: 'back' } }, t('back'))),
    h('h1', { id: 'doc-title', tabindex: '-1' }, error.status === 404 ? t('notFound') : t('error')));
}
