// The search API client, shared by the page and the widget: the documented JSON endpoints, nothing
// else. Rejects with ApiError on an error answer (status, message, Retry-After) or a network failure
// (status 0), and with an AbortError when the caller's signal aborts.

export class ApiError extends Error {
  constructor(status, message, parameter = null, retryAfter = null) {
    super(message);
    this.status = status;
    this.parameter = parameter;
    /** Seconds to wait before trying again, from a 503's Retry-After header; null when absent. */
    this.retryAfter = retryAfter;
  }
}

/** GET url (absolute, or relative to the page) as JSON. */
export async function getJson(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, e.message);
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
  }
  if (!res.ok || body == null) {
    const err = body?.error ?? {};
    const wait = Number.parseInt(res.headers.get('Retry-After'), 10);
    throw new ApiError(err.status ?? res.status, err.message ?? res.statusText, err.parameter ?? null,
      Number.isFinite(wait) && wait >= 0 ? wait : null);
  }
  return body;
}

const get = (path, params, signal) => getJson(`${path}${params ? `?${params}` : ''}`, signal);

/** GET /api/search with URLSearchParams built by state.apiParams. */
export const search = (params, signal) => get('/api/search', params, signal);

export const suggest = (q, signal, size = 8) => get('/api/suggest', new URLSearchParams({ q, size: String(size) }), signal);

export const documentById = (id, signal) => get(`/api/documents/${encodeURIComponent(id)}`, null, signal);

export const related = (id, signal, size = 5) =>
  get(`/api/documents/${encodeURIComponent(id)}/related`, new URLSearchParams({ size: String(size) }), signal);

/** GET /api/countries?lang=: every country's code, UNESCO name, region and name in that language. */
export const countries = (lang, signal) => get('/api/countries', new URLSearchParams({ lang }), signal);
