// The app shell: every route renders in both languages, the language switch works and is
// remembered, and each page passes axe-core.
import { test, expect, ready, tookOver, expectAccessible } from './helpers.mjs';

const ROUTES = [
  { path: '/', nl: 'Van AI-plan naar AI in gebruik', en: 'From an AI plan to AI in daily use' },
  { path: '/gids', nl: 'Gids per rol', en: 'Guide by role' },
  { path: '/roi', nl: 'ROI-calculator', en: 'ROI calculator' },
  { path: '/planning', nl: 'Communicatieplanning', en: 'Communication schedule' },
  { path: '/over', nl: 'Over deze planner', en: 'About this planner', navNl: 'Over & bronnen' },
];

for (const route of ROUTES) {
  for (const lang of ['nl', 'en']) {
    test(`${route.path} renders in ${lang} and is accessible`, async ({ page }) => {
      await page.goto(`${route.path}?lang=${lang}`);
      await ready(page);
      await expect(page.locator('main h1')).toHaveText(route[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(lang === 'nl' ? /AI-adoptieplanner/ : /AI Adoption Planner/);
      await expect(page.locator('body')).not.toContainText('NaN');
      await expectAccessible(page);
    });
  }
}

test('navigation reaches every part and marks the current page', async ({ page }) => {
  await page.goto('/?lang=nl');
  await ready(page);
  for (const route of ROUTES.slice(1)) {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: route.navNl || route.nl }).click();
    // The calculator adds its scenario to the address (`&s=…`) once it has loaded.
    await expect(page).toHaveURL(new RegExp(`${route.path}\\?lang=nl(&s=v3)?$`));
    await expect(page.locator('main h1')).toHaveText(route.nl);
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText(route.navNl || route.nl);
  }
});

test('language switch changes every visible string and is remembered', async ({ page }) => {
  await page.goto('/roi?lang=nl');
  await ready(page);
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(page.locator('main h1')).toHaveText('ROI calculator');
  // The switch keeps the calculator's scenario in the address.
  await expect(page).toHaveURL(/\/roi\?lang=en&s=v3$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /^EN/ })).toHaveAttribute('aria-pressed', 'true');
  const footer = await page.locator('footer').innerText();
  expect(footer).toContain('Everything you enter stays in your own browser');

  // No URL parameter: the stored choice wins over the browser language (nl-NL here).
  await page.goto('/planning');
  await ready(page);
  await expect(page.locator('main h1')).toHaveText('Communication schedule');
  // The switch replaces the history entry instead of adding one.
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: /^NL/ }).click();
  await expect(page.locator('main h1')).toHaveText('Communicatieplanning');
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('the address decides the language, for every browser; only the visitor\'s own choice overrides it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/over');
  await tookOver(page);
  // An English browser on the Dutch address gets the Dutch page, as a search engine would.
  await expect(page.locator('main h1')).toHaveText('Over deze planner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveURL(/\/over$/);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/about\?lang=en$/);
  // The choice is kept: a Dutch address now opens the English page, before the first paint.
  await page.goto('/planning');
  await tookOver(page);
  await expect(page.locator('main h1')).toHaveText('Communication schedule');
  await expect(page).toHaveURL(/\/en\/planning(\?|$)/);
  // An English address stays English whatever was stored.
  await page.evaluate(() => localStorage.setItem('adoptieplanner.lang', 'nl'));
  await page.goto('/en/about');
  await expect(page).toHaveURL(/\/en\/about(\?|$)/);
  await expect(page.locator('main h1')).toHaveText('About this planner');
  // The address English pages had before still opens the page, and the switch goes from there to
  // the Dutch page.
  await page.goto('/en/over');
  await tookOver(page);
  await expect(page.locator('main h1')).toHaveText('About this planner');
  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page).toHaveURL(/\/over\?lang=nl$/);
  await expect(page.locator('main h1')).toHaveText('Over deze planner');
  await context.close();
});

test('an unknown address shows a helpful page, not a blank one', async ({ page }) => {
  await page.goto('/bestaat-niet?lang=nl');
  await expect(page.locator('main h1')).toHaveText('Deze pagina bestaat niet');
  await expect(page.locator('main').getByRole('link', { name: 'ROI-calculator' })).toBeVisible();
  await expectAccessible(page);
});

test('the page carries no inline script and runs under the strict CSP', async ({ page, request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  await page.goto('/');
  await ready(page);
});

test('every route fits a 360 px phone and stays accessible there', async ({ browser, baseURL }) => {
  // Twelve page loads, each with an axe scan: more than one journey's worth of time.
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  for (const path of ['/', '/gids', '/gids/directie', '/roi', '/planning', '/over']) {
    for (const lang of ['nl', 'en']) {
      await page.goto(`${path}?lang=${lang}`);
      await ready(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} ${lang}`).toBe(360);
      await expectAccessible(page);
    }
  }
  await context.close();
});

test('the About page lists what is stored and clears it on request', async ({ page }) => {
  await page.goto('/gids/directie?lang=nl');
  await page.locator('.checklist input').first().check();
  await page.goto('/over?lang=nl');
  await expect(page.locator('.stored-keys dt')).toHaveText([
    'adoptieplanner.lang', 'adoptieplanner.scenarios', 'adoptieplanner.scenarios.onleesbaar',
    'adoptieplanner.checklist', 'adoptieplanner.checklist.onleesbaar', 'adoptieplanner.role', 'adoptieplanner.company',
    'adoptieplanner.policy', 'adoptieplanner.literacy', 'adoptieplanner.literacy.onleesbaar', 'adoptieplanner.start', 'adoptieplanner.werk',
  ]);
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('adoptieplanner.')).length);
  expect(before).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Wis alles wat deze planner in deze browser bewaart' }).click();
  await expect(page.getByText(`Gewist: ${before} onderdelen.`)).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('adoptieplanner.')).length)).toBe(0);
  await expectAccessible(page);
});

test('the About page points intranet editors to the embedding example', async ({ page }) => {
  await page.goto('/over?lang=en');
  await ready(page);
  const link = page.getByRole('link', { name: /example page with both ways/ });
  await link.click();
  await expect(page).toHaveURL(/\/embed-example\.html$/);
  await expect(page.locator('body > main > h1')).toHaveText('Het AI-programma van Van Dijk');
});

test('the skip link moves focus to the content, so the next Tab stays there', async ({ page }) => {
  await page.goto('/roi?lang=en');
  // The logo leads home; it is the current page only there.
  await expect(page.locator('a.brand')).not.toHaveAttribute('aria-current', 'page');
  await page.goto('/en');
  await expect(page.locator('a.brand')).toHaveAttribute('aria-current', 'page');
  await page.goto('/roi?lang=en');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#inhoud')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the content, not the logo in the header.
  expect(await page.evaluate(() => document.querySelector('#inhoud').contains(document.activeElement))).toBe(true);
});

test('at 360 px the header keeps the language switch beside the name and the menu in two rows, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/planning?lang=nl', '/en/planning?lang=en']) {
    await page.goto(path);
    await ready(page);
    const rows = await page.evaluate(() => {
      const mid = (el) => { const r = el.getBoundingClientRect(); return Math.round(r.top + r.height / 2); };
      const brand = mid(document.querySelector('.brand'));
      const lang = mid(document.querySelector('.lang-switch'));
      const links = [...new Set([...document.querySelectorAll('.site-nav a')].map((a) => Math.round(a.getBoundingClientRect().top)))];
      const overflow = document.documentElement.scrollWidth > window.innerWidth;
      return { sameRow: Math.abs(brand - lang) < 12, navRows: links.length, overflow };
    });
    expect(rows, path).toEqual({ sameRow: true, navRows: 2, overflow: false });
  }
});

test('a language chosen on an earlier visit decides before the first paint, on every kind of page', async ({ page }) => {
  await page.goto('/en/roi');
  await ready(page);
  expect(await page.evaluate(() => localStorage.getItem('adoptieplanner.lang'))).toBe('en');
  // The script in the page's head sends the address on before anything is painted.
  for (const [dutch, english, heading] of [
    ['/planning', /\/en\/planning(\?|$)/, 'Communication schedule'],
    ['/gids/directie#zorgen', /\/en\/guide\/board(\?[^#]*)?#/, 'Board and directors'],
    ['/', /\/en(\?|$)/, 'From an AI plan to AI in daily use'],
  ]) {
    await page.goto(dutch);
    await expect(page).toHaveURL(english);
    await expect(page.locator('main h1')).toHaveText(heading);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  }
  // The address still wins over the stored choice, and a host page's frame keeps its own language.
  await page.goto('/roi?lang=nl');
  await expect(page).toHaveURL(/\/roi\?lang=nl(&|$)/);
  await expect(page.locator('main h1')).toHaveText('ROI-calculator');
  await page.evaluate(() => localStorage.setItem('adoptieplanner.lang', 'en'));
  await page.goto('/planning?embed=1');
  await expect(page).toHaveURL(/\/planning\?embed=1(&|$)/);
});
