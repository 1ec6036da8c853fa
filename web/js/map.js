// The world map of the current results, loaded only when it is shown (import('./map.js')). Shapes
// come from /map/world.json, projected at build time (web/map/build-world.mjs), so the browser
// draws SVG paths and makes no request to anyone but this site. Each country with results is a
// focusable button named with its count; Enter, Space or a click toggles its filter. Cities with
// results (the answer's `cities`, asked for with cities=true) are dots placed with the same
// projection, sized by count and named with it; a dot filters nothing: hovering, focusing or
// clicking it shows its name and count.

const SVG = 'http://www.w3.org/2000/svg';
const STEPS = 5; // shades of the legend
/** Up to this many placed cities show at every zoom; more only from the second zoom step. */
const FEW_CITIES = 20;
const CITY_ZOOM = 2;
const GEONAMES = 'https://www.geonames.org/';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * Equal Earth (Šavrič, Patterson and Jenny 2018), the projection the shapes were drawn with, scaled
 * and translated as world.json's `projection` says: [lon, lat] in degrees → [x, y] in its SVG space.
 * The build checks it against d3-geo's for points all over the globe (map/build-world.mjs).
 */
export function project(lon, lat, { scale, translate }) {
  const [A1, A2, A3, A4, M] = [1.340264, -0.081106, 0.000893, 0.003796, Math.sqrt(3) / 2];
  const l = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const x = ((lon * Math.PI) / 180) * Math.cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
  const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
  return [translate[0] + scale * x, translate[1] - scale * y];
}

function svg(tag, attrs = {}) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  return el;
}

/** Shade 1..STEPS for a count, on a log scale up to the largest count (0: no results). */
export function shade(count, max) {
  if (!count) return 0;
  if (max <= 1) return STEPS;
  return Math.max(1, Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * STEPS));
}

/** The legend: each shade in use with the counts it stands for. */
function thresholds(max) {
  const out = [];
  for (let n = 1; n <= max; n++) {
    const step = shade(n, max);
    if (out.at(-1)?.step === step) out.at(-1).hi = n;
    else out.push({ step, lo: n, hi: n });
  }
  return out;
}

let world = null;

async function loadWorld(base) {
  if (!world) {
    world = fetch(`${base}/map/world.json`).then((r) => {
      if (!r.ok) throw new Error(`map ${r.status}`);
      return r.json();
    });
    world.catch(() => { world = null; });
  }
  return world;
}

/**
 * Draws the map into container and returns { update(entries, approx) } where entries are the
 * country facet's entries ({ value, code, count, selected }). i18n gives the labels; onToggle(value,
 * on) is called when a country is activated.
 */
export async function createMap(container, { i18n, onToggle, base = '', zoom = false }) {
  const data = await loadWorld(base);
  const root = svg('svg', { viewBox: `0 0 ${data.width} ${data.height}`, class: 'map-svg', role: 'group',
    'aria-label': i18n.t('map.heading') });
  root.append(svg('path', { d: data.land, class: 'map-land', 'aria-hidden': 'true' }));
  const shapes = svg('g', { class: 'map-countries' });
  const dots = svg('g', { class: 'map-dots' });
  const cityDots = svg('g', { class: 'map-cities' });
  root.append(shapes, dots, cityDots);
  // The name and count of the city under the pointer or focus; screen readers have it as the dot's name.
  const tip = document.createElement('div');
  tip.className = 'map-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  const legend = document.createElement('div');
  legend.className = 'map-legend';
  const cityNote = document.createElement('p');
  cityNote.className = 'map-city-note';
  const credit = document.createElement('p');
  credit.className = 'map-credit';
  container.replaceChildren(root, tip, legend, cityNote, credit);
  let zoomLevel = 1;
  let placedCities = 0;
  const controls = zoom ? zoomControls(root, data, i18n, (k) => {
    zoomLevel = k;
    showCities();
  }) : null;
  if (controls) container.prepend(controls.element);

  const byCode = new Map();
  for (const [code, d] of Object.entries(data.shapes)) {
    const el = svg('path', { d, class: 'map-country', 'data-code': code });
    shapes.append(el);
    byCode.set(code, el);
  }
  for (const [code, [x, y]] of Object.entries(data.dots)) {
    const el = svg('circle', { cx: x, cy: y, r: 3.5, 'data-r': 3.5, class: 'map-country map-dot', 'data-code': code });
    dots.append(el);
    byCode.set(code, el);
  }

  let entryOf = new Map();
  const activate = (el) => {
    if (controls?.dragged()) return; // the end of a drag is no click
    const entry = entryOf.get(el.dataset.code);
    if (entry) onToggle(entry.value, !entry.selected);
  };
  root.addEventListener('click', (e) => {
    const el = e.target.closest('[data-code]');
    if (el) activate(el);
  });
  root.addEventListener('keydown', (e) => {
    const el = e.target.closest?.('[data-code]');
    if (el && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      activate(el);
    }
  });

  const showTip = (el) => {
    tip.textContent = el.getAttribute('aria-label');
    const dot = el.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    tip.style.left = `${dot.left + dot.width / 2 - box.left}px`;
    tip.style.top = `${dot.top - box.top}px`;
    tip.hidden = false;
  };
  function hideTip() {
    tip.hidden = true;
  }
  const city = (e) => e.target.closest?.('.map-city');
  root.addEventListener('mouseover', (e) => (city(e) ? showTip(city(e)) : hideTip()));
  root.addEventListener('mouseleave', hideTip);
  root.addEventListener('click', (e) => city(e) && showTip(city(e)));
  // After the zoom's own focusin, which may pan the dot into view.
  root.addEventListener('focusin', (e) => (city(e) ? showTip(city(e)) : hideTip()));
  root.addEventListener('focusout', hideTip);

  /** City dots show when few, or from the second zoom step (at every zoom where the map cannot zoom). */
  function showCities() {
    const on = placedCities > 0 && (!zoom || placedCities <= FEW_CITIES || zoomLevel >= CITY_ZOOM);
    cityDots.classList.toggle('off', !on);
    if (!on) hideTip();
    cityNote.replaceChildren();
    if (!placedCities) return;
    const swatch = document.createElement('span');
    swatch.className = 'swatch-city';
    swatch.setAttribute('aria-hidden', 'true');
    cityNote.append(swatch, i18n.t(on ? 'map.cities' : 'map.citiesZoom'));
  }

  /** One dot per city the gazetteer placed; the largest count gets the largest dot, drawn first. */
  function drawCities(cities, approx) {
    const placed = (cities ?? []).filter((c) => Number.isFinite(c.lat) && Number.isFinite(c.lon))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const max = Math.max(1, ...placed.map((c) => c.count));
    const named = new Map();
    for (const c of placed) named.set(c.name, (named.get(c.name) ?? 0) + 1);
    cityDots.replaceChildren(...(data.projection ? placed : []).map((c) => {
      const [x, y] = project(c.lon, c.lat, data.projection);
      const r = 2 + 3 * Math.sqrt(c.count / max);
      // "Córdoba (Spain)" only where two countries share the name.
      const name = named.get(c.name) > 1 && c.country ? `${c.name} (${i18n.facetLabel('country', c.country)})` : c.name;
      const label = i18n.t('mapCountry', { country: name, n: c.count }) + (approx && c.estimated ? ` (${i18n.t('about', { n: c.count })})` : '');
      const el = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r / Math.sqrt(zoomLevel), 'data-r': r,
        class: 'map-city', tabindex: 0, role: 'img', 'aria-label': label });
      el.append(svg('title'));
      el.firstChild.textContent = label;
      return el;
    }));
    placedCities = cityDots.childElementCount;
    showCities();
  }

  /** Draws the country facet's entries and, when the answer has them, its cities. */
  function update(entries, approx = false, cities = null) {
    entryOf = new Map(entries.filter((e) => e.code && e.count > 0).map((e) => [e.code, e]));
    const max = Math.max(0, ...[...entryOf.values()].map((e) => e.count));
    // Countries with results come first in the tab order, most results first, like the facet list.
    const ordered = [];
    for (const [code, el] of byCode) {
      const e = entryOf.get(code);
      el.setAttribute('class', `map-country${el.tagName === 'circle' ? ' map-dot' : ''} shade-${e ? shade(e.count, max) : 0}${e?.selected ? ' selected' : ''}`);
      if (e) {
        const name = i18n.facetLabel('country', e.value);
        const label = i18n.t('mapCountry', { country: name, n: e.count }) + (approx ? ` (${i18n.t('about', { n: e.count })})` : '');
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', label);
        el.setAttribute('aria-pressed', String(!!e.selected));
        el.replaceChildren(svg('title'));
        el.firstChild.textContent = label;
        ordered.push([e, el]);
      } else {
        for (const a of ['tabindex', 'role', 'aria-label', 'aria-pressed']) el.removeAttribute(a);
        el.setAttribute('aria-hidden', 'true');
        el.replaceChildren();
      }
      if (e) el.removeAttribute('aria-hidden');
    }
    ordered.sort((a, b) => b[0].count - a[0].count || a[0].value.localeCompare(b[0].value));
    // DOM order is tab order (dots stay above shapes). Moving the focused node blurs it: focus it again.
    const active = document.activeElement;
    for (const [, el] of ordered) el.parentNode.append(el);
    if (active && root.contains(active) && document.activeElement !== active) active.focus();
    root.setAttribute('aria-label', i18n.t('map.heading'));

    const steps = thresholds(max);
    legend.replaceChildren();
    if (steps.length) {
      const title = document.createElement('span');
      title.className = 'map-legend-title';
      title.textContent = i18n.t('map.legend');
      const list = document.createElement('ul');
      for (const s of steps) {
        const li = document.createElement('li');
        const sw = document.createElement('span');
        sw.className = `swatch shade-${s.step}`;
        sw.setAttribute('aria-hidden', 'true');
        li.append(sw, s.lo === s.hi ? i18n.number(s.lo) : `${i18n.number(s.lo)}–${i18n.number(s.hi)}`);
        list.append(li);
      }
      legend.append(title, list);
    }
    drawCities(cities, approx);
    credit.replaceChildren(i18n.t('map.credit'));
    if (i18n.parts) {
      const link = (href, text) => {
        const a = document.createElement('a');
        a.href = href;
        a.rel = 'noopener';
        a.textContent = text;
        return a;
      };
      credit.append(' ', ...i18n.parts('map.cityCredit', { source: link(GEONAMES, 'GeoNames'), licence: link(CC_BY, 'CC BY 4.0') }));
    }
    controls?.relabel();
  }

  return { update, element: root };
}

/**
 * Zoom buttons (x1 to x8) and, once zoomed, dragging to pan; a country that gets keyboard focus is
 * brought into view. The viewBox changes, so strokes keep their width (vector-effect in map.css).
 */
function zoomControls(root, data, i18n, onZoom) {
  const view = { k: 1, x: data.width / 2, y: data.height / 2 };
  const apply = () => {
    const w = data.width / view.k;
    const h = data.height / view.k;
    view.x = Math.min(Math.max(view.x, w / 2), data.width - w / 2);
    view.y = Math.min(Math.max(view.y, h / 2), data.height - h / 2);
    root.setAttribute('viewBox', `${view.x - w / 2} ${view.y - h / 2} ${w} ${h}`);
    for (const dot of root.querySelectorAll('circle')) dot.setAttribute('r', String(Number(dot.dataset.r) / Math.sqrt(view.k)));
    zoomIn.disabled = view.k >= 8;
    zoomOut.disabled = view.k <= 1;
    root.classList.toggle('zoomed', view.k > 1);
    onZoom(view.k);
  };
  const button = (cls, text, change) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.addEventListener('click', () => {
      view.k = Math.min(8, Math.max(1, view.k * change));
      apply();
    });
    return b;
  };
  const zoomIn = button('map-zoom-in', '+', 2);
  const zoomOut = button('map-zoom-out', '−', 0.5);
  const element = document.createElement('div');
  element.className = 'map-zoom';
  element.append(zoomIn, zoomOut);

  let drag = null;
  let moved = false;
  root.addEventListener('pointerdown', (e) => {
    if (view.k === 1) return;
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, scale: data.width / view.k / root.clientWidth };
    moved = false;
  });
  root.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) moved = true;
    if (!moved) return;
    view.x = drag.vx - dx * drag.scale;
    view.y = drag.vy - dy * drag.scale;
    apply();
  });
  const end = () => { drag = null; };
  root.addEventListener('pointerup', end);
  root.addEventListener('pointerleave', end);
  root.addEventListener('focusin', (e) => {
    if (view.k === 1 || !e.target.getBBox) return;
    const b = e.target.getBBox();
    view.x = b.x + b.width / 2;
    view.y = b.y + b.height / 2;
    apply();
  });
  apply();
  return {
    element,
    dragged: () => {
      const was = moved;
      moved = false;
      return was;
    },
    relabel: () => {
      zoomIn.setAttribute('aria-label', i18n.t('map.zoomIn'));
      zoomOut.setAttribute('aria-label', i18n.t('map.zoomOut'));
    },
  };
}
