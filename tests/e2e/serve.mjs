// Serves the release build in dist/ for the end-to-end tests and the benchmark, the way a strict
// intranet would: a Content-Security-Policy header without 'unsafe-inline', each page's own HTML
// (folder/index.html), and the bare 404.html for every other path that is not a file.
// Options: `compress` answers with brotli or gzip like a production host; `prefix` serves the files
// under a sub-path (e.g. /tools/ai-planner/); `fallback: false`
// behaves like plain static hosting without rewrite rules: a folder redirects to its slash form and
// serves its index.html, anything else that is missing gets 404.html with status 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

/** `body` compressed as a host would send it: `br` (brotli quality 11) or `gzip` (level 9). */
export function encode(body, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(body, { level: 9 });
}

/** Starts the server on 127.0.0.1:`port` for the files under `root`; resolves to the http.Server. */
export function serve(root, port, { prefix = '/', fallback = true, compress = false } = {}) {
  const base = resolve(root);
  // Each file is compressed once per encoding (brotli 11 of the wasm takes seconds), and again
  // only when it changes on disk.
  const encoded = new Map();
  const compressed = async (file, body, encoding) => {
    const key = `${encoding} ${file} ${(await stat(file)).mtimeMs}`;
    if (!encoded.has(key)) encoded.set(key, encode(body, encoding));
    return encoded.get(key);
  };
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!`${full}/`.startsWith(prefix)) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const path = `/${full.slice(prefix.length)}`;
    let file = normalize(join(base, path));
    let status = 200;
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) {
        // Like nginx and Apache without rewrite rules: a folder is addressed with a slash.
        if (!fallback && !path.endsWith('/')) {
          const url = new URL(req.url, 'http://x');
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
    } catch {
      if (fallback) {
        // Client-side routes that were not written as HTML get the bare page, which the app renders.
        file = extname(path) ? null : join(base, '404.html');
      } else {
        file = join(base, '404.html');
        status = 404;
      }
    }
    try {
      if (!file) throw new Error('not found');
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      // As a real host would: brotli or gzip for text and wasm, when the browser accepts it.
      const accepts = String(req.headers['accept-encoding'] || '');
      if (compress && /\.(html|js|mjs|css|wasm|svg|json|txt|xml)$/.test(file)) {
        const encoding = ['br', 'gzip'].find((e) => new RegExp(`\\b${e}\\b`).test(accepts));
        if (encoding) {
          body = await compressed(file, body, encoding);
          headers['Content-Encoding'] = encoding;
        }
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(status, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT || 4173);
  const root = process.argv[2] || 'dist';
  await serve(root, port, { compress: process.env.COMPRESS === '1' });
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
}
