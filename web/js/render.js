// Rendering: API answers to DOM. Every value from the API goes in as text (textContent, attributes);
// the only markup taken from the API is <mark> in snippets, rebuilt element by element.

import { t, parts, number, current, facetLabel, typeLabel, regionLabel, countryLabel, languageName, formatDate } from './i18n.js';
import { h, safeUrl, setSnippet, lastPage, facetCount, errorKey, twoFigures } from './common.js';
import { FACETS, searchHref, docHref, next, toggleFilter } from './state.js';

const LIMIT = 8; // facet values shown before "show all"

// Each piece is isolated (<bdi>) so a Latin place name and a date keep their order in Arabic.
const join = (items, sep = ' · ') => items.filter(Boolean).flatMap((x, i) => {
  const piece = h('bdi', {}, x);
  return i ? [sep, piece] : [piece];
});

function place(hit) {
  return [hit.city, hit.country && countryLabel(hit.country)].filter(Boolean).join(', ');
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
    const inside = docHref(hit.id, state.lang, state.q);
    // The look says where a title goes: an arrow for the original site, none for the document view here.
    const title = h('a', { href: original ?? inside, class: `hit-link ${original ? 'external' : 'internal'}`,
      dataset: original ? {} : { nav: '' } }, hit.title ?? hit.id);
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

/** A facet count; an estimate shows "~N" (two significant figures) and says "about N" to screen readers and on hover. */
const count = (n, approx) => facetCount(current(), n, approx, 'count', 'visually-hidden');

function checkbox(dim, entry, approx, extraClass = '') {
  const key = `${dim}:${entry.value}`;
  return h('label', { class: `option ${extraClass}`.trim() },
    h('input', { type: 'checkbox', value: String(entry.value), checked: !!entry.selected, dataset: { dim, key } }),
    h('span', { class: 'option-label' }, facetLabel(dim, entry.value)),
    // With a sampled result set, values the sample missed are counted exactly (no "estimated").
    count(entry.count, approx && entry.estimated === true));
}

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
    filter ? fold(c.value).includes(filter) || fold(countryLabel(c.value)).includes(filter) : expanded || c.selected || i < LIMIT);
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
  } else if (result.notice && result.total > 0) {
    el.append(h('span', { class: 'notice' }, current().notice(result.notice)));
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
    // A query in a language the collection barely has: say which languages it has, not "check the spelling".
    el.append(h('p', { class: 'notice' }, current().notice(result.notice) ?? t('hintSpelling')));
  }
}

/** Previous, a window of page numbers and next; the current page carries aria-current. */
export function renderPagination(nav, result, state) {
  const pages = lastPage(result.total, result.size); // no page link past the API's hit window
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

/** Says which failure it is (busy, bad request, no connection), with a retry button; wait: seconds to an automatic retry. */
export function renderError(el, error, wait = null) {
  el.replaceChildren();
  el.hidden = !error;
  if (!error) return;
  el.dataset.kind = errorKey(error);
  el.append(h('p', {}, t(errorKey(error), { message: error.message }), wait != null ? ` ${t('retryIn', { n: wait })}` : ''),
    h('button', { type: 'button', dataset: { action: 'retry' } }, t('retry')));
}

function metaRow(key, value) {
  return value ? [h('dt', {}, t(`meta.${key}`)), h('dd', {}, value)] : [];
}

const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The words of q to mark in a document: quotes and exclusions dropped, accents and case folded.
 * Words of one or two letters count only when the query has nothing longer.
 */
function markTerms(q) {
  const words = String(q ?? '').split(/\s+/).filter((w) => w && !w.startsWith('-'))
    .map((w) => fold(w.replace(/["“”«»]/g, ''))).flatMap((w) => w.match(/[\p{L}\p{N}]+/gu) ?? []);
  const long = words.filter((w) => [...w].length > 2 || /\p{Script=Han}/u.test(w));
  return [...new Set(long.length ? long : words)];
}

/** A word of the text matches a term it starts with (plurals, "learning" for "learn"), or contains, for Chinese. */
function matches(word, terms) {
  const f = fold(word);
  return terms.find((term) => f.startsWith(term) || (term.length > 4 && f.startsWith(term.slice(0, -1)))
    || (/\p{Script=Han}/u.test(term) && f.includes(term)));
}

/** The paragraph's text with the words of the search in <mark>, built as nodes (never parsed). */
function highlighted(text, terms) {
  if (!terms.length) return [text];
  const out = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = matches(m[0], terms);
    if (!term) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    if (/\p{Script=Han}/u.test(term)) { // mark just the term inside a run of Chinese characters
      start += fold(m[0]).indexOf(term);
      end = start + term.length;
    }
    if (start > at) out.push(text.slice(at, start));
    out.push(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * The document view: full text as paragraphs (with the words of q marked), its metadata, the
 * original, and related documents beside the text.
 */
export function renderDocument(article, doc, backHref, q = '') {
  const original = safeUrl(doc.url);
  const paragraphs = String(doc.body ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const terms = markTerms(q);
  article.replaceChildren(
    h('p', { class: 'back' }, h('a', { href: backHref, dataset: { nav: '', action: 'back' } }, t('back'))),
    h('header', { class: 'doc-header', lang: doc.language || null },
      h('p', { class: 'badge', lang: document.documentElement.lang }, typeLabel(doc.type)),
      h('h1', { id: 'doc-title', tabindex: '-1', dir: 'auto' }, doc.title ?? doc.id),
      doc.summary ? h('p', { class: 'doc-summary', dir: 'auto' }, doc.summary) : null),
    h('div', { class: 'doc-columns' },
      h('div', { class: 'doc-main' },
        h('dl', { class: 'doc-meta' },
          ...metaRow('city', doc.city),
          ...metaRow('country', doc.country && countryLabel(doc.country)),
          ...metaRow('region', doc.region && regionLabel(doc.region)),
          ...metaRow('date', formatDate(doc.date, doc.year)),
          ...metaRow('language', doc.language && languageName(doc.language))),
        h('div', { class: 'doc-body', lang: doc.language || null, dir: 'auto' },
          paragraphs.map((p) => h('p', {}, highlighted(p, terms)))),
        (doc.source || original) ? h('p', { class: 'doc-source' },
          doc.source ? [h('strong', {}, `${t('source')}: `), h('span', { dir: 'auto' }, doc.source), ' '] : null,
          original ? h('a', { href: original, rel: 'noopener noreferrer' }, t('openOriginal')) : null) : null),
      h('aside', { class: 'related', 'aria-labelledby': 'related-heading' },
        h('h2', { id: 'related-heading' }, t('related')),
        h('div', { id: 'related-list' }, h('p', { class: 'muted' }, t('loading'))))));
}

/** Fills the document view's related list (null: the call failed). */
export function renderRelated(article, related, state) {
  const box = article.querySelector('#related-list');
  if (!box) return;
  box.replaceChildren(related?.length
    ? h('ul', {}, related.map((r) => h('li', { lang: r.language || null },
      h('a', { href: docHref(r.id, state.lang), class: 'internal', dataset: { nav: '' }, dir: 'auto' }, r.title ?? r.id),
      h('span', { class: 'muted', lang: document.documentElement.lang }, ' ',
        join([typeLabel(r.type), place(r), formatDate(r.date, r.year)])))))
    : h('p', { class: 'muted' }, t('noRelated')));
}

export function renderDocumentError(article, error, backHref) {
  article.replaceChildren(
    h('p', { class: 'back' }, h('a', { href: backHref, dataset: { nav: '', action: 'back' } }, t('back'))),
    h('h1', { id: 'doc-title', tabindex: '-1' }, error.status === 404 ? t('notFound') : t('error')));
}
