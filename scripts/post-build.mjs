// Trunk post-build hook. Runs on the staged release in TRUNK_STAGING_DIR and
//  1. moves every inline <script> of index.html into a file named by a hash of its content, so the
//     page runs under `script-src 'self'` (no 'unsafe-inline'); the app's loader among them now
//     starts the app after the first paint, and Trunk's preload links for it are dropped (below);
//  2. writes the deployment prefix (Trunk's public URL) onto <html data-base>, for the router;
//  3. fills in the service worker (public/sw.js) with the version and the list of hashed assets, and
//     the host script (public/embed.js) with the names of the app's hashed files;
//  4. writes every page, in both languages, as finished HTML (roi/index.html, en/roi/index.html,
//     gids/directie/index.html, ...) with the prerender binary (src/bin/prerender.rs), plus
//     robots.txt and sitemap.xml, and keeps the bare page as 404.html, so plain static hosting
//     serves deep links without rewrite rules;
//  5. builds the app's other bundles (src/domain/web/bundle.rs: Trunk builds the start page's,
//     this hook the guide's, the calculator's and the schedule's, each with only its own views)
//     and points every page at the loader of the bundle its <html data-bundle> names.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildBundle } from './wasm-bundle.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this as a Trunk hook');
  process.exit(1);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const base = publicUrl.replace(/\/$/, '');
const read = (name) => readFileSync(join(staging, name), 'utf8');
const write = (name, text) => {
  mkdirSync(dirname(join(staging, name)), { recursive: true });
  writeFileSync(join(staging, name), text);
};
const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// Trunk's loader imports the app's JS and wasm as soon as the page is parsed, and its <head> preloads
// both. Every page now arrives as finished HTML, so the app can wait until that HTML is on screen:
// fetched earlier, the 300-odd KB compete with the page's own first paint on a slow line (and
// Lighthouse then counts their download into the largest contentful paint). This loader starts them
// after the first painted frame (or after 200 ms in a tab that paints no frames, e.g. a background tab).
const deferredLoader = (body) => {
  const js = body.match(/from\s+'([^']+\.js)'/)?.[1];
  const wasm = body.match(/module_or_path:\s*'([^']+\.wasm)'/)?.[1];
  if (!js || !wasm) throw new Error("post-build: Trunk's loader has changed; cannot find the app's .js and .wasm in it");
  return loaderFor(js, wasm);
};
const loaderFor = (js, wasm) => `// Starts the app once the page's HTML has been painted (see scripts/post-build.mjs).
const painted = new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)));
  setTimeout(resolve, 200);
});
await painted;
const bindings = await import(${JSON.stringify(js)});
const wasm = await bindings.default({ module_or_path: ${JSON.stringify(wasm)} });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;

// 1 + 2: index.html
let html = read('index.html');
let startLoader = null;
html = html.replace(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (!body.trim()) return whole;
  const isApp = /\binit\b/.test(body) && /module_or_path/.test(body);
  const loader = isApp ? deferredLoader(body) : body.trim() + '\n';
  const name = `loader-${hashOf(loader)}.js`;
  write(name, loader);
  if (isApp) startLoader = name;
  return `<script${attrs} src="${publicUrl}${name}"></script>`;
});
if (!startLoader) throw new Error("post-build: Trunk's loader for the app is missing from index.html");
const preloads = /<link rel="(?:modulepreload|preload)" href="[^"]*adoptieplanner-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>/g;
if ((html.match(preloads) || []).length !== 2) throw new Error("post-build: expected Trunk's two preload links for the app's .js and .wasm");
html = html.replace(preloads, '');
html = html.replace(/<html([^>]*)>/, (_, attrs) => `<html${attrs.replace(/\sdata-base="[^"]*"/, '')} data-base="${base}">`);
write('index.html', html);

// 4: every page as HTML; the bare page answers unknown addresses (and the service worker's misses)
write('404.html', html);
execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'prerender', '--', staging, publicUrl], { stdio: 'inherit' });

// 5: the other bundles, each built with only its own views (cargo feature bundle-<name>), bound and
// optimised as Trunk does, named by content; every page then loads its bundle's loader.
const bundles = { start: { loader: startLoader } };
for (const name of ['guide', 'roi', 'planning']) {
  const { js, wasm } = buildBundle(`bundle-${name}`);
  const stem = `adoptieplanner-${name}-${createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16)}`;
  write(`${stem}.js`, js);
  writeFileSync(join(staging, `${stem}_bg.wasm`), wasm);
  const loader = loaderFor(`${publicUrl}${stem}.js`, `${publicUrl}${stem}_bg.wasm`);
  bundles[name] = { loader: `loader-${hashOf(loader)}.js`, js: `${stem}.js`, wasm: `${stem}_bg.wasm` };
  write(bundles[name].loader, loader);
}
// Each page loads its bundle's loader; the first segment of its address (after `en/`) tells which
// bundle carries the addresses under it, for the bare 404.html below.
const loaderTag = `src="${publicUrl}${startLoader}"`;
const bySegment = {};
for (const page of readdirSync(staging, { recursive: true }).filter((f) => f === 'index.html' || f.endsWith('/index.html'))) {
  const text = read(page);
  const name = text.match(/<html[^>]*\sdata-bundle="([a-z]+)"/)?.[1];
  if (!bundles[name]) throw new Error(`post-build: ${page} names no known bundle (data-bundle="${name}")`);
  if (!text.includes(loaderTag)) throw new Error(`post-build: ${page} does not load the app's loader`);
  write(page, text.replace(loaderTag, `src="${publicUrl}${bundles[name].loader}"`));
  const segment = page.split('/').filter((s) => s !== 'en' && s !== 'index.html')[0];
  if (segment) bySegment[segment] = name;
}
// 404.html answers every other address (an unknown group under /gids/…, a mistyped address): it
// loads the bundle that carries the address's first segment, which shows its own "not found".
const pick = Object.fromEntries(Object.entries(bySegment).map(([segment, name]) => [segment, bundles[name].loader]));
const notFoundLoader = `// Loads the bundle that carries this address (see scripts/post-build.mjs, 404.html).
const base = document.documentElement.dataset.base || '';
const segments = window.location.pathname.slice(base.length).split('/').filter((s) => s && s !== 'en');
const loaders = ${JSON.stringify(pick)};
await import(${JSON.stringify(publicUrl)} + (loaders[segments[0]] || ${JSON.stringify(startLoader)}));
`;
const notFoundName = `loader-${hashOf(notFoundLoader)}.js`;
write(notFoundName, notFoundLoader);
const notFound = read('404.html');
if (!notFound.includes(loaderTag)) throw new Error("post-build: 404.html does not load the app's loader");
write('404.html', notFound.replace(loaderTag, `src="${publicUrl}${notFoundName}"`));

// 3: service worker and host script
const files = readdirSync(staging);
const pages = readdirSync(staging, { recursive: true })
  .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
  .sort();
const find = (re) => {
  const hit = files.find((f) => re.test(f));
  if (!hit) throw new Error(`post-build: no file matches ${re}`);
  return hit;
};
const app = { js: find(/^adoptieplanner-[0-9a-f]+\.js$/), wasm: find(/^adoptieplanner-[0-9a-f]+_bg\.wasm$/), css: find(/^main-[0-9a-f]+\.css$/) };
const assets = ['404.html', ...pages, ...files.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg|txt)$/.test(f))].sort();
const version = hashOf(assets.join('\n') + assets.filter((a) => a.endsWith('.html')).map(read).join(''));
write('sw.js', read('sw.js').replace("'__AP_VERSION__'", JSON.stringify(version)).replace("['__AP_ASSETS__']", JSON.stringify(assets)));
bundles.start.js = app.js;
bundles.start.wasm = app.wasm;
const hostFiles = Object.fromEntries(Object.entries(bundles).map(([name, b]) => [name, { js: b.js, wasm: b.wasm }]));
write('embed.js', read('embed.js').replace("'__AP_BUNDLES__'", JSON.stringify(hostFiles)).replace("'__AP_CSS__'", JSON.stringify(app.css)));

console.log(`post-build: base "${base || '/'}", ${pages.length} pages, ${assets.length} cached assets (version ${version})`);
