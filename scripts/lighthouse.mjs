// `make bench`, part 2: Lighthouse (mobile profile, the npm `lighthouse` package driving Debian's
// Chromium) on the home page, a role page, the calculator and the schedule, served from dist/
// compressed (brotli/gzip) the way a static host would. Prints the figures and the budgets, and
// exits 1 when one is missed, so the benchmark (not the tests) fails.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve } from '../tests/e2e/serve.mjs';

const PAGES = ['/', '/gids/directie', '/roi', '/planning'];
const BUDGET = { performance: 98, lcp: 1500, cls: 0.02, accessibility: 100, 'best-practices': 100, seo: 100 };
const out = 'bench-results/lighthouse';
mkdirSync(out, { recursive: true });

const server = await serve('dist', 0, { compress: true });
const base = `http://127.0.0.1:${server.address().port}`;
const rows = [];
let missed = 0;
for (const path of PAGES) {
  const file = `${out}/${path === '/' ? 'home' : path.slice(1).replace(/\//g, '_')}.json`;
  // Asynchronously: the server answering Lighthouse runs in this process.
  await promisify(execFile)('node', [
    'node_modules/lighthouse/cli/index.js', `${base}${path}`, '--quiet', '--output=json', `--output-path=${file}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    // A Dutch visitor on the Dutch addresses (the address decides the language, so an English
    // browser gets the same Dutch page; English visitors have the /en addresses).
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --lang=nl-NL --accept-lang=nl-NL',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const row = {
    path,
    performance: score('performance'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
  const misses = [];
  if (row.performance < BUDGET.performance) misses.push(`performance ${row.performance} < ${BUDGET.performance}`);
  if (row.lcp > BUDGET.lcp) misses.push(`LCP ${(row.lcp / 1000).toFixed(1)} s > ${BUDGET.lcp / 1000} s`);
  if (row.cls > BUDGET.cls) misses.push(`CLS ${row.cls.toFixed(3)} > ${BUDGET.cls}`);
  for (const c of ['accessibility', 'best-practices', 'seo']) if (row[c] < BUDGET[c]) misses.push(`${c} ${row[c]} < ${BUDGET[c]}`);
  missed += misses.length;
  rows.push({ ...row, misses });
}
server.close();

console.log('\nLighthouse, mobile profile (simulated slow 4G, 4x CPU), served compressed from dist/:');
console.log('  page             perf    LCP      TBT    CLS    a11y  best-pr.  SEO');
for (const r of rows) {
  console.log(`  ${r.path.padEnd(16)} ${String(r.performance).padStart(4)} ${(r.lcp / 1000).toFixed(1).padStart(5)} s ${String(Math.round(r.tbt)).padStart(5)} ms ${r.cls.toFixed(3).padStart(6)} ${String(r.accessibility).padStart(5)} ${String(r['best-practices']).padStart(8)} ${String(r.seo).padStart(5)}`);
  for (const m of r.misses) console.log(`    budget missed: ${m}`);
}
console.log(`  budgets: performance >= ${BUDGET.performance}, LCP <= ${BUDGET.lcp / 1000} s, CLS <= ${BUDGET.cls}, accessibility, best practices and SEO 100`);
if (missed) {
  console.log(`\nBENCHMARK FAILED: ${missed} Lighthouse budget(s) missed (reports in ${out}/)`);
  process.exit(1);
}
