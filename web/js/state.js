// The view's whole state lives in the URL: /?q=&country=…&sort=newest&page=2&lang=fr for a search,
// /doc/{id}?lang=fr for a document. A link reproduces the view; history entries are searches.

export const FACETS = ['country', 'region', 'year', 'type', 'language'];
const SORTS = ['relevance', 'newest'];

/** Reads a state from a location (or URL). */
export function fromLocation(loc = location) {
  const url = new URL(loc.href);
  const p = url.searchParams;
  const filters = {};
  for (const dim of FACETS) {
    const values = [...new Set(p.getAll(dim).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[dim] = values;
  }
  const docMatch = /^\/doc\/([^/]+)\/?$/.exec(url.pathname);
  const page = Number.parseInt(p.get('page'), 10);
  const size = Number.parseInt(p.get('size'), 10);
  return {
    view: docMatch ? 'doc' : 'search',
    id: docMatch ? safeDecode(docMatch[1]) : null,
    q: p.get('q') ?? '',
    filters,
    sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
    page: page > 0 ? page : 1,
    size: size > 0 && size <= 100 ? size : 10,
    lang: p.get('lang') || null,
  };
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The query string shared by the page URL and the API call (without lang). */
function searchParams(s, { forApi = false } = {}) {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', forApi ? s.q.trim() : s.q);
  for (const dim of FACETS) for (const v of s.filters[dim] ?? []) p.append(dim, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== 10 || forApi) p.set('size', String(s.size));
  return p;
}

export const apiParams = (s) => searchParams(s, { forApi: true });

/** The page URL for a search state. */
export function searchHref(s) {
  const p = searchParams(s);
  if (s.lang) p.set('lang', s.lang);
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

/** The page URL of a document's view; q, the search that led there, is marked in its text. */
export function docHref(id, lang, q = '') {
  const p = new URLSearchParams();
  if (q.trim()) p.set('q', q.trim());
  if (lang) p.set('lang', lang);
  const qs = p.toString();
  return `/doc/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}`;
}

/** A copy of s with changes; any change but the page goes back to page 1. */
export function next(s, changes) {
  const n = { ...s, filters: { ...s.filters }, view: 'search', id: null, ...changes };
  if (!('page' in changes)) n.page = 1;
  return n;
}

export function toggleFilter(s, dim, value, on) {
  const values = new Set(s.filters[dim] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  const filters = { ...s.filters };
  if (values.size) filters[dim] = [...values];
  else delete filters[dim];
  return next(s, { filters });
}

export const filterCount = (s) => Object.values(s.filters).reduce((n, vs) => n + vs.length, 0);

/**
 * Records a view in the history. Typing replaces the entry its own burst created, so back skips the
 * keystrokes but still returns to the search before it; every other change pushes.
 */
export function commit(href, { typing = false } = {}) {
  if (href === location.pathname + location.search) return;
  if (typing && history.state?.typing) history.replaceState({ typing: true }, '', href);
  else history.pushState({ typing }, '', href);
}

/** Ends a typing burst so the next keystroke starts a new history entry. */
export function endTyping() {
  if (history.state?.typing) history.replaceState({ typing: false }, '', location.href);
}
