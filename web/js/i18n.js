import { translator } from './common.js';
import STRINGS from './strings.json' with { type: 'json' };
import UI from './languages.json' with { type: 'json' };

// UI strings and locale formatting. Templates use {name}; t() and parts() fill them, parts() also
// with DOM nodes (a "did you mean" link), so no translation is ever parsed as HTML.

/** The UI languages: code → its own name, and dir "rtl" for those written right to left. */
export const LANGUAGES = Object.fromEntries(Object.entries(UI).map(([code, l]) => [code, l.name]));

// The tables live in strings.json, read as they are by the page, the widget's build (esbuild) and the
// server (lcs.http.UiStrings renders shared links in the same words), so each string exists once.
export { STRINGS };

let lang = 'en';
let strings = translator(STRINGS, lang);

/** The UI language: a supported ?lang=, else the first supported browser language, else English. */
export function pickLanguage(param, browser = navigator.languages || [navigator.language]) {
  for (const tag of [param, ...browser]) {
    const primary = String(tag || '').toLowerCase().split('-')[0];
    if (Object.hasOwn(STRINGS, primary)) return primary; // not "constructor" and other inherited names
  }
  return 'en';
}

export function setLanguage(code) {
  lang = Object.hasOwn(STRINGS, code) ? code : 'en';
  strings = translator(STRINGS, lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = UI[lang]?.dir ?? 'ltr';
}

export const language = () => lang;

/** The page's strings in its UI language (common.js translator). */
export const current = () => strings;

/** The string for key, with {name} filled from vars and numbers formatted for the UI language. */
export const t = (key, vars) => strings.t(key, vars);

/** Like t(), as a list of strings and nodes for Element.append(); vars may hold nodes. */
export const parts = (key, vars) => strings.parts(key, vars);

export const number = (n) => strings.number(n);
export const typeLabel = (type) => strings.typeLabel(type);
export const regionLabel = (region) => strings.regionLabel(region);
/** The language's name in the UI language, capitalised as a label ("Anglais", not "anglais"). */
export const languageName = (code) => strings.languageName(code);

// UNESCO country name → { code, label in the UI language }, from GET /api/countries?lang= (setCountries).
let countries = new Map();

/** Takes the country table the API serves for the UI language. */
export function setCountries(table) {
  countries = new Map((table?.countries ?? []).map((c) => [c.name, { code: c.code, label: c.names?.[lang] ?? c.name }]));
}

/** A country (UNESCO name) in the UI language: UN names in the six UN languages, CLDR in pt and uz. */
export const countryLabel = (name) => countries.get(name)?.label ?? name;
export const countryCode = (name) => countries.get(name)?.code ?? null;

/** The facet value as people read it: translated countries, types and regions, language names. */
export const facetLabel = (dim, value) => (dim === 'country' ? countryLabel(value) : strings.facetLabel(dim, value));

/** A date (YYYY-MM-DD) in the UI language, else the year, else ''. */
export const formatDate = (date, year) => strings.formatDate(date, year);

/** Fills [data-i18n] text and [data-i18n-attr="attr:key,…"] attributes under root. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}
