// Bundles the <lcs-search> widget into one self-contained widget.js:
//   node build.mjs [--outfile PATH] [--analyze]   (default: dist/widget.js; the Maven build passes its
//   classes dir; --analyze lists what each module costs)
// The widget names the strings it uses (WIDGET_KEYS); only those, in every UI language the page has,
// go into the bundle, taken from js/strings.json (which the page and the server read too), so they
// never disagree on a word.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/** Top-level string keys the widget reads (a key like "facet" brings its whole group). */
const WIDGET_KEYS = ['placeholder', 'search', 'searchLabel', 'results', 'about', 'noResults',
  'previous', 'next', 'pages', 'error', 'errorBusy', 'errorNetwork', 'retry', 'retryIn',
  'seeAll', 'facet.country', 'facet.region', 'facet.year', 'facet.type', 'facet.language', 'type', 'showAll', 'showFewer'];
// Not here, because rarely shown: the map's strings, "did you mean", the most searched queries, the
// language notice, "no documents match" (fixed filters that match nothing), the 400 message and the
// region names (a fifth of the bundle in eight languages, for a facet few widgets show). The widget
// imports the service's js/i18n.js when it shows them (allStrings in lcs-search.js).

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

const STRINGS = JSON.parse(readFileSync(new URL('./js/strings.json', import.meta.url), 'utf8'));
const strings = Object.fromEntries(Object.entries(STRINGS).map(([lang, table]) => [lang, pick(table)]));

const widgetStrings = {
  name: 'widget-strings',
  setup(build) {
    build.onResolve({ filter: /^lcs:widget-strings$/ }, () => ({ path: 'widget-strings', namespace: 'lcs' }));
    build.onLoad({ filter: /.*/, namespace: 'lcs' }, () => ({ contents: JSON.stringify(strings), loader: 'json' }));
  },
};

// The widget's stylesheet goes in as a minified string (the shadow root adopts it).
const minifiedCss = {
  name: 'minified-css',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'] });
      return { contents: code.trim(), loader: 'text' };
    });
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
  legalComments: 'none',
  banner: { js: '/* Learning City Search <lcs-search> widget; built from web/widget/lcs-search.js. */' },
  plugins: [widgetStrings, minifiedCss],
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0].bytes;
const code = readFileSync(outfile);
// The budget (WidgetSizeTest checks it again on the served file): a widget over it fails the build.
const BUDGET = 12 * 1024;
const gzipped = gzipSync(code).length;
if (gzipped > BUDGET) {
  console.error(`widget.js is ${gzipped.toLocaleString('en')} bytes gzipped, over its ${BUDGET.toLocaleString('en')} budget;`
    + ' `node build.mjs --analyze` shows what costs bytes');
  process.exit(1);
}
if (process.argv.includes('--analyze')) console.log(await esbuild.analyzeMetafile(result.metafile));
// widget.json beside it: a version for the embed snippet's URL and the Subresource Integrity hash.
const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const version = createHash('sha256').update(code).digest('hex').slice(0, 12);
writeFileSync(outfile.replace(/\.js$/, '.json'), `${JSON.stringify({ version, integrity: sri, bytes })}\n`);
console.log(`widget.js: ${bytes.toLocaleString('en')} bytes, ${gzipped.toLocaleString('en')} gzipped (budget ${BUDGET.toLocaleString('en')}), ${sri} -> ${outfile}`);
