// Takes screenshots of pages of the release build at phone and desktop width, in both languages.
// Usage: node scripts/screenshots.mjs [outdir] [path ...]   (serves dist/ itself on a free port)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serve } from '../tests/e2e/serve.mjs';

const out = process.argv[2] || 'bench-results/screenshots';
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/', '/gids', '/roi', '/planning', '/over'];
mkdirSync(out, { recursive: true });
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
for (const width of [360, 1280]) {
  for (const lang of ['nl', 'en']) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${base}${path}${sep}lang=${lang}`);
      await page.locator('main h1').waitFor();
      // The page arrives as HTML; wait until the app has taken it over.
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-prerendered'));
      const name = `${out}/${(path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home')}-${lang}-${width}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
    }
    await page.close();
  }
}
await browser.close();
server.close();
