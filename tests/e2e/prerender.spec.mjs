// Pages as finished HTML: what arrives before any script runs, reading without JavaScript, and the
// app taking over without a visible change.
import { test, expect, ready, holdApp, expectAccessible } from './helpers.mjs';

const PAGES = [
  { path: '/', lang: 'nl', h1: 'Van AI-plan naar AI in gebruik' },
  { path: '/en', lang: 'en', h1: 'From an AI plan to AI in daily use' },
  { path: '/gids', lang: 'nl', h1: 'Gids per rol' },
  { path: '/en/guide', lang: 'en', h1: 'Guide by role' },
  { path: '/gids/directie', lang: 'nl', h1: 'Directie', text: 'Deze pagina is voor u als directeur' },
  { path: '/en/guide/board', lang: 'en', h1: 'Board and directors', text: 'This page is for you as a director' },
  { path: '/gids/middenmanagement', lang: 'nl', h1: 'Middenmanagement' },
  { path: '/en/guide/managers', lang: 'en', h1: 'Middle management' },
  { path: '/gids/medewerkers', lang: 'nl', h1: 'Uitvoerende medewerkers' },
  { path: '/en/guide/staff', lang: 'en', h1: 'Operational staff' },
  { path: '/gids/marketing-seo', lang: 'nl', h1: 'Marketing en AI voor SEO' },
  { path: '/en/guide/marketing-seo', lang: 'en', h1: 'Marketing and AI for SEO' },
  { path: '/roi', lang: 'nl', h1: 'ROI-calculator', text: 'Uw aannames' },
  { path: '/en/roi', lang: 'en', h1: 'ROI calculator', text: 'Your assumptions' },
  { path: '/planning', lang: 'nl', h1: 'Communicatieplanning' },
  { path: '/en/planning', lang: 'en', h1: 'Communication schedule' },
  { path: '/over', lang: 'nl', h1: 'Over deze planner' },
  { path: '/en/about', lang: 'en', h1: 'About this planner' },
];
// Addresses English pages had before: they still answer with the page, whose canonical link names
// the current address.
const OLDER = [
  { path: '/gids/board', lang: 'en', h1: 'Board and directors', canonical: '/en/guide/board' },
  { path: '/en/gids/board', lang: 'en', h1: 'Board and directors', canonical: '/en/guide/board' },
  { path: '/en/gids', lang: 'en', h1: 'Guide by role', canonical: '/en/guide' },
  { path: '/en/over', lang: 'en', h1: 'About this planner', canonical: '/en/about' },
];

test('every page\'s HTML, before any script runs, holds its heading, text and own head in its language', async ({ request }) => {
  const titles = new Map();
  for (const p of [...PAGES, ...OLDER]) {
    const response = await request.get(p.path);
    expect(response.status(), p.path).toBe(200);
    const html = await response.text();
    expect(html, p.path).toContain(`<html lang="${p.lang}"`);
    expect(html, p.path).toContain(`<h1>${p.h1.replace('&', '&amp;')}</h1>`);
    if (p.text) expect(html, p.path).toContain(p.text);
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
    expect(title, p.path).toBeTruthy();
    titles.set(p.canonical ?? p.path, title);
    expect(html, p.path).toMatch(/<meta name="description" content="[^"]{50,}">/);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)">/)?.[1] ?? '';
    expect(new URL(canonical).pathname, p.path).toBe(p.canonical ?? p.path);
    expect(html, p.path).toMatch(/<link rel="alternate" hreflang="nl" href="[^"]+">/);
    expect(html, p.path).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+">/);
    expect(html, p.path).toContain('<meta property="og:title"');
    // Nothing inline: the strict CSP holds for the written pages too.
    expect(html, p.path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    expect(html, p.path).not.toMatch(/\sstyle="/);
  }
  // One title per page: an older English address shares its page's.
  expect(new Set(titles.values()).size).toBe(PAGES.length);
});

test('each language has a link-preview image drawn at build time, and the pages point to it', async ({ page, request }) => {
  for (const lang of ['nl', 'en']) {
    const html = await (await request.get(lang === 'nl' ? '/roi' : '/en/roi')).text();
    const image = html.match(/<meta property="og:image" content="([^"]+)">/)?.[1] ?? '';
    expect(new URL(image).pathname).toBe(`/preview-${lang}.png`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    const response = await request.get(`/preview-${lang}.png`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  await page.goto('/over');
  const size = await page.evaluate(async () => {
    const img = new Image();
    img.src = '/preview-nl.png';
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
  expect(size).toEqual([1200, 630]);
});

test('robots.txt and the sitemap list every page with absolute addresses and language alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toHaveLength(18);
  expect(locs).toContain('/en/guide/board');
  for (const old of OLDER) expect(locs).not.toContain(old.path);
  expect(sitemap).toContain('hreflang="en"');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide reads and links through, and the calculator shows its example figures and says it needs JavaScript', async ({ page }) => {
    await page.goto('/gids?lang=nl', { takeover: false });
    await expect(page.locator('main h1')).toHaveText('Gids per rol');
    await page.locator('.cards .card').filter({ hasText: 'Middenmanagement' }).getByRole('link').click();
    await expect(page.locator('main h1')).toHaveText('Middenmanagement');
    await expect(page.locator('main')).toContainText('Wat deze groep nodig heeft');
    await expect(page.locator('.kit-material')).toHaveCount(3);
    await page.getByRole('link', { name: 'Vormen die werken' }).click();
    await expect(page).toHaveURL(/#vormen$/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'ROI-calculator' }).click();
    await expect(page.locator('main h1')).toHaveText('ROI-calculator');
    await expect(page.locator('#needs-script')).toHaveText('U ziet de voorbeeldwaarden. Om ze aan te passen, is JavaScript nodig.');
    await expect(page.locator('#card-npv .card__value')).toHaveText('€\u00a03.371');
    await expect(page.getByLabel('Offertes per maand')).toHaveValue('40');
    await expect(page.locator('.prerender-loading')).toBeHidden();
  });

  test('English pages link to English pages', async ({ page }) => {
    await page.goto('/en/guide', { takeover: false });
    await expect(page.locator('main h1')).toHaveText('Guide by role');
    await page.locator('.cards .card').filter({ hasText: 'Operational staff' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/guide\/staff\?lang=en$/);
    await expect(page.locator('main h1')).toHaveText('Operational staff');
  });
});

test('the app takes over without changing a word or moving anything', async ({ browser }) => {
  let page;
  for (const path of ['/gids/directie', '/en/roi', '/en/planning']) {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const before = await plain.newPage();
    await before.goto(path);
    // The note for readers without JavaScript is not part of the page the app shows.
    await before.locator('#needs-script').evaluateAll((nodes) => nodes.forEach((n) => n.remove()));
    const written = await before.locator('main').innerText();
    await plain.close();
    // A fresh browser each time: nothing stored changes the page.
    page = await (await browser.newContext()).newPage();

    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await ready(page);
    const live = await page.locator('main').innerText();
    const squash = (s) => s.replace(/\s+/g, ' ').trim();
    expect(squash(live), path).toBe(squash(written));
    expect(await page.evaluate(() => window.__shift), path).toBeLessThanOrEqual(0.02);
  }
  // And it is the app: a click works.
  await page.goto('/en/gids/board');
  await ready(page);
  await page.locator('.this-week__phase').nth(2).click();
  await expect(page.locator('.this-week__phase').nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page);
});

test('a link\'s own calculation shows as loading, never as the example figures, until it is applied', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/en/roi?s=v2_qm60', { takeover: false });
  await expect(page.locator('.prerender-loading')).toBeVisible();
  await expect(page.locator('.prerender-loading')).toHaveText('Loading your own calculation…');
  await expect(page.locator('main > .page')).toBeHidden();
  await release();
  await expect(page.getByLabel('Quotes a month')).toHaveValue('60');
  await expect(page.locator('.prerender-loading')).toHaveCount(0);
});

test('what the reader did before the app took over is kept: an opened section, typed text, focus', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/roi?lang=nl', { takeover: false });
  await expect(page.locator('html[data-prerendered]')).toHaveCount(1);
  const folded = page.locator('.roi-form details.form-section:not([open]) summary').first();
  const title = await folded.innerText();
  await folded.click();
  const quotes = page.getByLabel('Offertes per maand');
  await quotes.fill('80');
  await release();
  await expect(page.locator('.roi-form details.form-section', { hasText: title })).toHaveAttribute('open', '');
  await expect(quotes).toHaveValue('80');
  await expect(quotes).toBeFocused();
  // The app took the typed value: the figures follow it, and so does the address.
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toContainText('Bijgewerkt: ROI');
  await expect(page).toHaveURL(/[?&]s=v3_/);
});

test('saving a scenario before the app has taken over does not reload the page or lose what was typed', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/roi?lang=en', { takeover: false });
  await expect(page.locator('html[data-prerendered]')).toHaveCount(1);
  await page.getByLabel('Quotes a month').fill('70');
  const name = page.getByLabel('Scenario name');
  await name.fill('Typed early');
  await name.press('Enter');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page).toHaveURL(/\/roi\?lang=en$/);
  await release();
  await expect(page.getByLabel('Quotes a month')).toHaveValue('70');
  await expect(name).toHaveValue('Typed early');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText('Scenario “Typed early” saved.')).toBeVisible();
});

test('the language switch moves between the Dutch and the English address of a page', async ({ page }) => {
  await page.goto('/gids/directie?lang=nl#zorgen');
  await ready(page);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/guide\/board\?lang=en#concerns$/);
  await expect(page.locator('main h1')).toHaveText('Board and directors');
  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page).toHaveURL(/\/gids\/directie\?lang=nl#zorgen$/);
  await expect(page.locator('main h1')).toHaveText('Directie');
});

test('switching language keeps the page as it is: open sections stay open, only the words change', async ({ page }) => {
  await page.goto('/roi?lang=nl');
  await ready(page);
  const advanced = page.locator('main details').nth(4);
  await advanced.locator('summary').click();
  await expect(advanced).toHaveAttribute('open', '');
  await page.evaluate(() => { window.__heading = document.querySelector('main h1'); });
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/roi\?/);
  await expect(page.locator('main h1')).toHaveText('ROI calculator');
  await expect(advanced).toHaveAttribute('open', '');
  expect(await page.evaluate(() => window.__heading === document.querySelector('main h1'))).toBe(true);
});

test('an address with a language the planner does not have gets the not-found page', async ({ page }) => {
  page.expectedConsoleError = /404/;
  await page.goto('/de/roi?lang=nl');
  await expect(page.locator('main h1')).toHaveText('Deze pagina bestaat niet');
});

test('an older address with ?lang= gets the page in that language before any wasm runs', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/roi?lang=en&s=v2_qm60#results', { takeover: false });
  await expect(page).toHaveURL(/\/en\/roi\?lang=en&s=v2_qm60#results$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('ROI calculator');
  await page.goto('/en/guide?lang=nl', { takeover: false });
  await expect(page).toHaveURL(/\/gids\?lang=nl$/);
  await expect(page.locator('main h1')).toHaveText('Gids per rol');
  await release();
  await expect(page.locator('main h1')).toHaveText('Gids per rol');
});

test('in a host page\'s frame the written page shows without its header and footer from the first paint', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/en/guide/board?embed=1&lang=en', { takeover: false });
  await expect(page.locator('main h1')).toHaveText('Board and directors');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await release();
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText('Board and directors');
});
