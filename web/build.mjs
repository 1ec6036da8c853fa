// Bundles the <lcs-search> widget into one self-contained widget.js:
//   node build.mjs [--outfile PATH]   (default: dist/widget.js; the Maven build passes its classes dir)
// The widget names the strings it uses (WIDGET_KEYS); only those, in every UI language the page has,
// go into the bundle, taken from js/i18n.js so page and widget never disagree on a word.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { STRINGS } from './js/i18n.js';

/** Top-level string keys the widget reads (a key like "facet" brings its whole group). */
const WIDGET_KEYS = ['placeholder', 'search', 'searchLabel', 'results', 'about', 'noResults', 'noDocuments',
  'previous', 'next', 'pages', 'error', 'errorBusy', 'errorBadRequest', 'errorNetwork', 'retry', 'retryIn',
  'seeAll', 'facet', 'type', 'region', 'showAll', 'showFewer', 'noticeFewInLanguage', 'didYouMean'];
// The map's own strings are not here: <lcs-search map> imports the service's js/i18n.js with js/map.js.

/** The table's value for a key; "map.heading" takes just that string into a "map" group. */
function pick(table) {
  const out = {};
  for (const key of WIDGET_KEYS) {
    const [group, name] = key.split('.');
    if (!(group in table)) continue;
    if (!name) out[group] = table[group];
    else if (name in table[group]) out[group] = { ...out[group], [name]: table[group][name] };
  }
  return out;
}

const strings = Object.fromEntries(Object.entries(STRINGS).map(([lang, table]) => [lang, pick(table)]));

const widgetStrings = {
  name: 'widget-strings',
  setup(build) {
    build.onResolve({ filter: /^lcs:widget-strings$/ }, () => ({ path: 'widget-strings', namespace: 'lcs' }));
    build.onLoad({ filter: /.*/, namespace: 'lcs' }, () => ({ contents: JSON.stringify(strings), loader: 'json' }));
  },
};

const at = process.argv.indexOf('--outfile');
const outfile = at > 0 ? process.argv[at + 1] : 'dist/widget.js';
const result = await esbuild.build({
  entryPoints: ['widget/lcs-search.js'],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  loader: { '.css': 'text' },
  legalComments: 'none',
  banner: { js: '/* Learning City Search <lcs-search> widget; built from web/widget/lcs-search.js. */' },
  plugins: [widgetStrings],
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0].bytes;
// widget.json beside it: a version for the embed snippet's URL and the Subresource Integrity hash.
const code = readFileSync(outfile);
const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const version = createHash('sha256').update(code).digest('hex').slice(0, 12);
writeFileSync(outfile.replace(/\.js$/, '.json'), `${JSON.stringify({ version, integrity: sri, bytes })}\n`);
console.log(`widget.js: ${bytes.toLocaleString('en')} bytes, ${sri} -> ${outfile}`);
