// Search analytics from the browser: one "search" event per search intent and one "click" event
// per result followed, sent with navigator.sendBeacon to POST /api/events (see docs/analytics.md).
// An intent ends with Enter, a pause of PAUSE_MS after the last answer, a click or a filter change;
// the answers to the keystrokes before it are never reported. Nothing is sent when the browser asks
// not to be tracked (Do Not Track, Global Privacy Control) or when answers carry no queryId
// (analytics off on the server). No cookie, no storage, no identifier: the queryId names one answer.
// Shared by the page and the widget's bundle, so it uses only the other shared modules.
import { h } from './common.js';
import { getJson } from './api.js';

export const PAUSE_MS = 2000;
const MAX_POSITION = 100;

/** True when the visitor asked not to be tracked. */
export function optedOut(nav = globalThis.navigator, win = globalThis) {
  return nav?.doNotTrack === '1' || win?.doNotTrack === '1' || nav?.globalPrivacyControl === true;
}

const keyOf = (q, filters) => JSON.stringify([q.trim().replace(/\s+/g, ' ').toLowerCase(),
  Object.keys(filters ?? {}).sort().map((d) => [d, [...filters[d]].sort()]).filter(([, v]) => v.length)]);

/**
 * A tracker for one page or widget. {@code endpoint} is the API's /api/events URL; {@code lang}
 * returns the UI language. Methods:
 *   answer({ queryId, q, filters, total })  an answer is on screen (filters: { dim: [values] })
 *   commit(q, filters)  Enter: the intent for this query ends with its answer
 *   end()               the intent on screen ends (a filter changed, the page is left)
 *   click(position, id) a result was followed; position counts from 1 across pages
 */
export function createTracker({ endpoint = '/api/events', lang = () => 'en', send = beacon } = {}) {
  let pending = null; // the intent not yet reported
  let current = null; // the intent on screen: clicks belong to it
  let commitKey = null;
  let timer = 0;

  const post = (event) => {
    if (!optedOut()) send(endpoint, JSON.stringify(event));
  };
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const p = pending;
    pending = null;
    post({ type: 'search', queryId: p.queryId, q: p.q, filters: p.filters, lang: lang(), total: p.total });
  };

  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    answer({ queryId, q = '', filters = {}, total = 0 }) {
      if (!queryId) return;
      const key = keyOf(q, filters);
      // Another page or sort of the same search is the same intent.
      if (current && current.key === key) return;
      const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v && v.length));
      if (!q.trim() && !Object.keys(clean).length) {
        pending = null;
        current = null;
        return; // the start page lists documents: nobody searched
      }
      current = { key, queryId };
      pending = { queryId, q: q.trim(), filters: clean, total };
      clearTimeout(timer);
      if (commitKey === key) {
        commitKey = null;
        flush();
      } else {
        timer = setTimeout(flush, PAUSE_MS);
      }
    },
    commit(q, filters) {
      const key = keyOf(q, filters);
      if (current && current.key === key) flush();
      else commitKey = key;
    },
    end: flush,
    click(position, id) {
      flush();
      if (!current || !id || position < 1 || position > MAX_POSITION) return;
      post({ type: 'click', queryId: current.queryId, position, docId: String(id) });
    },
  };
}

/** sendBeacon with a text/plain body: no CORS preflight, and it outlives the page. */
function beacon(url, body) {
  try {
    if (navigator.sendBeacon && navigator.sendBeacon(url, new Blob([body], { type: 'text/plain;charset=UTF-8' }))) return;
  } catch {
    // fall through to fetch
  }
  fetch(url, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } }).catch(() => {});
}

/**
 * The most searched queries that find results (GET /api/popular), for a search that found nothing;
 * [] when there are none, when analytics are off (404) or when the service does not answer.
 */
export function popular(base = '', size = 5) {
  return getJson(`${base}/api/popular?size=${size}`).then(
    (body) => (Array.isArray(body.queries) ? body.queries.filter((q) => typeof q === 'string') : []),
    () => []);
}

/** A paragraph "Often searched: a, b, c" ({@code label} in the UI language) of what {@code link(query)} makes; null for none. */
export function popularParagraph(queries, label, link) {
  if (!queries.length) return null;
  return h('p', { class: 'popular' }, `${label} `, queries.flatMap((q, i) => (i ? [', ', link(q)] : [link(q)])));
}
