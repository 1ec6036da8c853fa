// The world map of the current results, loaded only when it is shown (import('./map.js')). Shapes
// come from /map/world.json, projected at build time (web/map/build-world.mjs), so the browser
// draws SVG paths and makes no request to anyone but this site. Each country with results is a
// focusable button named with its count; Enter, Space or a click toggles its filter.

const SVG = 'http://www.w3.org/2000/svg';
const STEPS = 5; // shades of the legend

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
  root.append(shapes, dots);
  const legend = document.createElement('div');
  legend.className = 'map-legend';
  const credit = document.createElement('p');
  credit.className = 'map-credit';
  container.replaceChildren(root, legend, credit);
  const controls = zoom ? zoomControls(root, data, i18n) : null;
  if (controls) container.prepend(controls.element);

  const byCode = new Map();
  for (const [code, d] of Object.entries(data.shapes)) {
    const el = svg('path', { d, class: 'map-country', 'data-code': code });
    shapes.append(el);
    byCode.set(code, el);
  }
  for (const [code, [x, y]] of Object.entries(data.dots)) {
    const el = svg('circle', { cx: x, cy: y, r: 3.5, class: 'map-country map-dot', 'data-code': code });
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

  function update(entries, approx = false) {
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
    credit.textContent = i18n.t('map.credit');
    controls?.relabel();
  }

  return { update, element: root };
}

/**
 * Zoom buttons (x1 to x8) and, once zoomed, dragging to pan; a country that gets keyboard focus is
 * brought into view. The viewBox changes, so strokes keep their width (vector-effect in map.css).
 */
function zoomControls(root, data, i18n) {
  const view = { k: 1, x: data.width / 2, y: data.height / 2 };
  const apply = () => {
    const w = data.width / view.k;
    const h = data.height / view.k;
    view.x = Math.min(Math.max(view.x, w / 2), data.width - w / 2);
    view.y = Math.min(Math.max(view.y, h / 2), data.height - h / 2);
    root.setAttribute('viewBox', `${view.x - w / 2} ${view.y - h / 2} ${w} ${h}`);
    for (const dot of root.querySelectorAll('circle')) dot.setAttribute('r', String(3.5 / Math.sqrt(view.k)));
    zoomIn.disabled = view.k >= 8;
    zoomOut.disabled = view.k <= 1;
    root.classList.toggle('zoomed', view.k > 1);
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
