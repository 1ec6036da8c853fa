// What the page and the widget share, written once: building elements, safe links, snippets with the
// API's <mark> tags, strings by name in a chosen language, facet labels and the API's hit window.
// The page loads this module as it is; esbuild bundles it into widget.js. No DOM access at load time,
// so the widget's build script can import the string tables under Node.

/** Creates an element; attrs go through setAttribute (never style or on*), children are text or nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
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

/** The API serves hits up to this rank (page × size); a page past it is a 400. */
export const MAX_WINDOW = 10000;

/** The last page a pager may offer for total hits at size per page. */
export const lastPage = (total, size) => Math.max(1, Math.min(Math.ceil(total / size), Math.floor(MAX_WINDOW / size)));

/**
 * Strings of one language from tables shaped { en: { key: template | { one, other, … } | { sub: … } } },
 * falling back to English. Templates use {name}; parts() also takes DOM nodes, so no translation is
 * ever parsed as HTML. Several widgets in different languages each hold their own.
 */
export function translator(tables, lang) {
  const code = Object.hasOwn(tables, lang) ? lang : 'en'; // not "constructor" and other inherited names
  const get = (table, key) => key.split('.').reduce((o, k) => (o == null ? o : o[k]), table);
  const lookup = (key) => get(tables[code], key) ?? get(tables.en, key);
  const number = (n) => new Intl.NumberFormat(code).format(n);
  const parts = (key, vars = {}) => {
    let template = lookup(key);
    if (template && typeof template === 'object') {
      template = template[new Intl.PluralRules(code).select(vars.n)] ?? template.other;
    }
    return String(template ?? key).split(/(\{\w+\})/).filter(Boolean).map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (!name || !(name in vars)) return piece;
      const v = vars[name];
      return typeof v === 'number' ? number(v) : typeof v === 'object' && v?.nodeType ? v : String(v);
    });
  };
  const t = (key, vars) => parts(key, vars).map((p) => (typeof p === 'string' ? p : p.textContent)).join('');
  const capital = (s) => s.charAt(0).toLocaleUpperCase(code) + s.slice(1);
  // As in running text ("en chinois"); labels capitalise it.
  const languageInText = (c) => {
    try {
      return new Intl.DisplayNames([code], { type: 'language' }).of(c) ?? c;
    } catch {
      return c;
    }
  };
  const languageName = (c) => capital(languageInText(c));
  const typeLabel = (type) => lookup(`type.${type}`) ?? type;
  const regionLabel = (region) => lookup(`region.${region}`) ?? region;
  return {
    lang: code,
    lookup,
    t,
    parts,
    number,
    capital,
    languageName,
    typeLabel,
    regionLabel,
    /** The facet value as people read it: translated types and regions, language names. */
    facetLabel(dim, value) {
      if (dim === 'type') return typeLabel(value);
      if (dim === 'region') return regionLabel(value);
      if (dim === 'language') return languageName(value);
      return String(value);
    },
    /** A date (YYYY-MM-DD) in the UI language, else the year, else ''. */
    formatDate(date, year) {
      if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
        return new Intl.DateTimeFormat(code, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
      }
      return year ? String(year) : '';
    },
    /** "Few documents in Chinese; the collection's documents are in English and Slovenian." */
    notice(notice) {
      if (notice?.kind !== 'fewInLanguage') return null;
      const names = (notice.collectionLanguages ?? []).map(languageInText);
      const list = names.length > 1 && typeof Intl.ListFormat === 'function'
        ? new Intl.ListFormat(code, { type: 'conjunction' }).format(names) : names.join(', ');
      return capital(t('noticeFewInLanguage', { language: languageInText(notice.queryLanguage), languages: list }));
    },
  };
}

/** An estimate rounded to two significant figures (83,456 → 83,000): more digits would claim a precision it lacks. */
export const twoFigures = (n) => Number(Number(n).toPrecision(2));

/** A facet count; an estimate shows "~N" (two significant figures) and says "about N" to screen readers and on hover. */
export function facetCount(tr, n, approx, cls, hiddenCls) {
  if (!approx) return h('span', { class: cls }, tr.number(n));
  n = twoFigures(n);
  const about = tr.t('about', { n });
  return h('span', { class: `${cls} approx`, title: about },
    h('span', { 'aria-hidden': 'true' }, `~${tr.number(n)}`), h('span', { class: hiddenCls }, about));
}

/** The string key that says what went wrong: busy (503), a bad request (4xx), or no connection. */
export function errorKey(error) {
  if (!error || error.status === 0) return 'errorNetwork';
  if (error.status === 503 || error.status === 429) return 'errorBusy';
  if (error.status >= 400 && error.status < 500) return 'errorBadRequest';
  return 'error';
}
