// Trunk post-build hook: moves every inline <script> of the staged index.html into a file of its own,
// named by a hash of its content, so the page runs under `script-src 'self'` (no 'unsafe-inline').
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set; run this as a Trunk hook');
  process.exit(1);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
let moved = 0;
html = html.replace(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (!body.trim()) return whole;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  return `<script${attrs} src="${publicUrl}${name}"></script>`;
});
writeFileSync(htmlPath, html);
console.log(`externalize-loader: moved ${moved} inline script(s) out of index.html`);
