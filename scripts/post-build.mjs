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
//     serves deep links without rewrite rules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
  return `// Starts the app once the page's HTML has been painted (see scripts/post-build.mjs).
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
};

// 1 + 2: index.html
let html = read('index.html');
html = html.replace(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (!body.trim()) return whole;
  const loader = /\binit\b/.test(body) && /module_or_path/.test(body) ? deferredLoader(body) : body.trim() + '\n';
  const name = `loader-${hashOf(loader)}.js`;
  write(name, loader);
  return `<script${attrs} src="${publicUrl}${name}"></script>`;
});
const preloads = /<link rel="(?:modulepreload|preload)" href="[^"]*adoptieplanner-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>/g;
if ((html.match(preloads) || []).length !== 2) throw new Error("post-build: expected Trunk's two preload links for the app's .js and .wasm");
html = html.replace(preloads, '');
html = html.replace(/<html([^>]*)>/, (_, attrs) => `<html${attrs.replace(/\sdata-base="[^"]*"/, '')} data-base="${base}">`);
write('index.html', html);

// 4: every page as HTML; the bare page answers unknown addresses (and the service worker's misses)
write('404.html', html);
execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'prerender', '--', staging, publicUrl], { stdio: 'inherit' });

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
write('embed.js', read('embed.js').replace("'__AP_JS__'", JSON.stringify(app.js)).replace("'__AP_WASM__'", JSON.stringify(app.wasm)).replace("'__AP_CSS__'", JSON.stringify(app.css)));

console.log(`post-build: base "${base || '/'}", ${pages.length} pages, ${assets.length} cached assets (version ${version})`);
