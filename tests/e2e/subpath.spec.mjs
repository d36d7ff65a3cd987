// Deployed as plain static files under a sub-path (dist-subpath/, built with
// --public-url /tools/ai-planner/), on a server without rewrite rules: every route and deep link
// works, links stay under the sub-path, and an unknown address gets the planner's own 404 page.
import { test, expect, ready, expectAccessible } from './helpers.mjs';
import { serve } from './serve.mjs';

const PORT = 4176;
const BASE = '/tools/ai-planner';
let server;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => { server = await serve('dist-subpath', PORT, { prefix: `${BASE}/`, fallback: false }); });
test.afterAll(async () => { await new Promise((done) => server.close(done)); });

const PAGES = [
  ['/', 'Van AI-plan naar AI in gebruik', 'From an AI plan to AI in daily use'],
  ['/gids', 'Gids per rol', 'Guide by role'],
  ['/gids/directie', 'Directie', null],
  ['/gids/staff', null, 'Operational staff'],
  ['/roi', 'ROI-calculator', 'ROI calculator'],
  ['/planning', 'Communicatieplanning', 'Communication schedule'],
  ['/over', 'Over deze planner', 'About this planner'],
];

test('every route and role page loads directly under the sub-path, in both languages', async ({ page }) => {
  for (const [path, nl, en] of PAGES) {
    for (const [lang, title] of [['nl', nl], ['en', en]]) {
      if (!title) continue;
      const response = await page.goto(`${BASE}${path}?lang=${lang}`);
      expect(response.status(), path).toBe(200);
      await expect(page.locator('main h1'), `${path} ${lang}`).toHaveText(title);
      // The server redirected the folder to its slash form; the planner puts the address back. An
      // English ?lang= on a page that has an /en address is sent there before the page paints.
      const english = { '/': '/en', '/gids': '/en/guide', '/roi': '/en/roi', '/planning': '/en/planning', '/over': '/en/about' };
      const expected = lang === 'en' && english[path] ? english[path] : path;
      if (expected !== '/') await expect(page).toHaveURL(new RegExp(`${BASE}${expected}\\?lang=${lang}(&s=v3)?$`));
    }
  }
  await expectAccessible(page);
});

test('deep links land on their section and in-app links keep the sub-path', async ({ page }) => {
  await page.goto(`${BASE}/gids/directie?lang=nl#zorgen`);
  await expect(page.locator('#zorgen')).toBeInViewport();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'ROI-calculator' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/roi`));
  await ready(page);
  await page.getByRole('button', { name: /English/ }).click();
  // English has its own addresses under /en, inside the sub-path.
  await expect(page).toHaveURL(new RegExp(`${BASE}/en/roi\\?.*lang=en`));
  await expect(page.locator('main h1')).toHaveText('ROI calculator');
  // The scenario in the address survives a reload under the sub-path.
  const price = page.getByLabel('Price per licence a month');
  await price.fill('35');
  await expect(page).toHaveURL(/s=v3_.*lp35/);
  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel('Price per licence a month')).toHaveValue(/35/);
});

test('an unknown address shows the planner\'s not-found page with a way back', async ({ page }) => {
  // Chromium logs the 404 status of the document itself; that is the point here.
  page.expectedConsoleError = /status of 404/;
  const response = await page.goto(`${BASE}/bestaat-niet?lang=nl`);
  expect(response.status()).toBe(404);
  await ready(page);
  const home = page.locator('main a').first();
  expect(await home.getAttribute('href')).toMatch(new RegExp(`^${BASE}/`));
});
