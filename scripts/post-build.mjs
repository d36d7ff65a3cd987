// Trunk post-build hook. Runs on the staged release in TRUNK_STAGING_DIR and
//  1. moves every inline <script> of index.html into a file named by a hash of its content, so the
//     page runs under `script-src 'self'` (no 'unsafe-inline');
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

// 1 + 2: index.html
let html = read('index.html');
html = html.replace(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (!body.trim()) return whole;
  const name = `loader-${hashOf(body)}.js`;
  write(name, body.trim() + '\n');
  return `<script${attrs} src="${publicUrl}${name}"></script>`;
});
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
const assets = ['404.html', ...pages, ...files.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/.test(f))].sort();
const version = hashOf(assets.join('\n') + assets.filter((a) => a.endsWith('.html')).map(read).join(''));
write('sw.js', read('sw.js').replace("'__AP_VERSION__'", JSON.stringify(version)).replace("['__AP_ASSETS__']", JSON.stringify(assets)));
write('embed.js', read('embed.js').replace("'__AP_JS__'", JSON.stringify(app.js)).replace("'__AP_WASM__'", JSON.stringify(app.wasm)).replace("'__AP_CSS__'", JSON.stringify(app.css)));

console.log(`post-build: base "${base || '/'}", ${pages.length} pages, ${assets.length} cached assets (version ${version})`);
