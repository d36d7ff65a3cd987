// Shared fixtures for the end-to-end tests: a page that fails the test on any console error,
// uncaught exception, request to another origin, or cookie; and an axe-core scan.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tookOver } from './takeover.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // axe-core itself applies an inline style while it inspects shadow roots; the CSP rightly
      // blocks that. Only that message, and only while axe runs, is not held against the app.
      if (page.axeRunning && msg.text().startsWith('Applying inline style violates')) return;
      // A test that expects an error (say, the 404 status of a missing page) names it.
      if (page.expectedConsoleError && page.expectedConsoleError.test(msg.text())) return;
      problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`foreign request: ${url}`);
    });
    // Every page arrives as finished HTML that the app then takes over in short steps
    // (src/ui/takeover.rs); a journey acts on the live page, so `goto` waits for the takeover.
    // `{ takeover: false }` returns as soon as the page has loaded, to look at the HTML itself.
    // `reload` waits the same way.
    const goto = page.goto.bind(page);
    page.goto = async (url, { takeover = true, ...options } = {}) => {
      const response = await goto(url, options);
      if (takeover) await tookOver(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async ({ takeover = true, ...options } = {}) => {
      const response = await reload(options);
      if (takeover) await tookOver(page);
      return response;
    };
    await use(page);
    const cookies = await page.context().cookies();
    expect(cookies, 'no cookies are set').toEqual([]);
    expect(problems, 'no console errors, page errors or foreign requests').toEqual([]);
  },
});
export { expect };

export { tookOver };

/** Holds back the app's WebAssembly, so a journey sees the page as its HTML alone shows it; the
 * function it returns lets the app load and resolves once the app has taken the page over. */
export async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  return async () => {
    release();
    await tookOver(page);
  };
}

/** Waits until the app has rendered its first heading and taken the page over. */
export async function ready(page) {
  await expect(page.locator('main h1')).toBeVisible();
  await tookOver(page);
}

/** The texts of the page's SVG charts that run past their chart's edges (an empty list when none do). */
export async function chartTextsOffEdge(page) {
  return page.locator('svg[viewBox] text').evaluateAll((texts) => texts.flatMap((t) => {
    const view = t.ownerSVGElement.viewBox.baseVal;
    const box = t.getBBox();
    const off = box.width > 0 && (box.x < view.x - 0.5 || box.x + box.width > view.x + view.width + 0.5);
    return off ? [`${t.textContent} (${Math.round(box.x)}–${Math.round(box.x + box.width)} of ${view.width})`] : [];
  }));
}

/** Each SVG text `texts` finds, with its font size as drawn on screen (its size in the chart's units
 * times the chart's scale), in px. */
export async function renderedTextSizes(texts) {
  return texts.evaluateAll((all) => all.map((t) => {
    const svg = t.ownerSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
  }));
}

/** How many A4 sheets the page prints on (Chromium's own print to PDF, print styles applied). */
export async function printedSheets(page) {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the current page and expects zero violations.
 * `iframes: false` leaves embedded frames out (their pages are scanned on their own). */
export async function expectAccessible(page, { iframes = true } = {}) {
  await page.evaluate(AXE_SOURCE);
  page.axeRunning = true;
  const result = await page.evaluate((withFrames) => window.axe.run(document, {
    iframes: withFrames,
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }), iframes).finally(() => { page.axeRunning = false; });
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
