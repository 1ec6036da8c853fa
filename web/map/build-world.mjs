// Build step: projects Natural Earth country shapes (npm world-atlas, public domain) once, with the
// Equal Earth projection, into map/world.json: one SVG path per UNESCO member in the 1:110m set, a
// dot for the members too small for it (their centroid in the 1:50m set), and the rest of the land
// as one grey path. The page draws it as it is: no tiles in the browser, and no projection code but
// the dozen lines of js/map.js that place the cities of an answer with the same projection (checked
// here against d3-geo's, whose scale and translation world.json carries).
// Run: npm ci && node map/build-world.mjs (the search-api build does both when npm is present).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoEqualEarth, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import { project } from '../js/map.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const atlas = (name) => JSON.parse(readFileSync(here(`../node_modules/world-atlas/${name}`), 'utf8'));

// The country table (corpus/countries.tsv): ISO alpha-2 by ISO numeric (m49) code.
const lines = readFileSync(here('../../corpus/countries.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const head = lines[0].split('\t');
const members = new Map(lines.slice(1).map((l) => l.split('\t')).map((c) => [c[head.indexOf('m49')], c[head.indexOf('iso2')]]));

const WIDTH = 960;
const HEIGHT = 468;
const ANTARCTICA = '010';
const projection = geoEqualEarth().fitExtent([[2, 2], [WIDTH - 2, HEIGHT - 2]], { type: 'Sphere' });
const path = geoPath(projection).digits(0);

const small = atlas('countries-110m.json');
const shapes = {};
const land = [];
for (const f of feature(small, small.objects.countries).features) {
  if (f.id === ANTARCTICA) continue;
  const code = members.get(f.id);
  const d = path(f);
  if (!d) continue;
  if (code) shapes[code] = d;
  else land.push(d);
}

const dots = {};
const detailed = atlas('countries-50m.json');
for (const f of feature(detailed, detailed.objects.countries).features) {
  const code = members.get(f.id);
  if (!code || shapes[code]) continue;
  const [x, y] = projection(geoCentroid(f));
  dots[code] = [Math.round(x), Math.round(y)];
}

// The browser's projection of city positions must put them where d3-geo put the shapes.
const placement = { scale: projection.scale(), translate: projection.translate() };
for (let lat = -85; lat <= 85; lat += 5) {
  for (let lon = -180; lon <= 180; lon += 5) {
    const [x, y] = projection([lon, lat]);
    const [px, py] = project(lon, lat, placement);
    if (Math.hypot(x - px, y - py) > 0.01) {
      throw new Error(`js/map.js projects ${lon},${lat} to ${px},${py}; d3-geo to ${x},${y}`);
    }
  }
}

const out = { width: WIDTH, height: HEIGHT, projection: placement, shapes, dots, land: land.join('') };
writeFileSync(here('world.json'), JSON.stringify(out));
const missing = [...members.values()].filter((c) => !shapes[c] && !dots[c]);
console.log(`map/world.json: ${Object.keys(shapes).length} shapes, ${Object.keys(dots).length} dots`
  + (missing.length ? `, not on the map: ${missing.join(' ')}` : ''));
