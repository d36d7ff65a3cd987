// One bundle per part of the site (src/domain/web/bundle.rs): a page loads only the bundle that
// carries it; links within a part stay inside the app, a link to another part loads that page, and
// Back returns to the work as it was.
import { test, expect, ready } from './helpers.mjs';

const wasmRequests = (page) => {
  const seen = [];
  page.on('request', (r) => { const m = r.url().match(/adoptieplanner-(?:([a-z]+)-)?[0-9a-f]{8,16}_bg\.wasm$/); if (m) seen.push(m[1] || 'start'); });
  return seen;
};

test('each part loads its own bundle and only that one', async ({ page }) => {
  const seen = wasmRequests(page);
  for (const [path, bundle] of [['/roi?lang=nl', 'roi'], ['/gids/directie?lang=nl', 'guide'], ['/planning?lang=en', 'planning'], ['/en', 'start']]) {
    seen.length = 0;
    await page.goto(path);
    await ready(page);
    expect(seen, path).toEqual([bundle]);
  }
});

test('within a part links stay in the app; to another part they load its page, and Back returns to the work', async ({ page }) => {
  await page.goto('/gids?lang=nl');
  await ready(page);
  await page.evaluate(() => { window.sameDocument = true; });
  await page.locator('main').getByRole('link', { name: 'Directie' }).first().click();
  await expect(page).toHaveURL(/\/gids\/directie\?lang=nl/);
  await expect(page.locator('main h1')).toHaveText('Directie');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);

  await page.goto('/roi?lang=nl');
  await ready(page);
  const field = page.locator('[data-bench="keystroke-input"]');
  // Right after typing, before the address has followed: leaving must not lose the keystroke.
  await field.fill('31');
  await page.evaluate(() => { window.sameDocument = true; });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Communicatieplanning' }).click();
  await expect(page.locator('main h1')).toHaveText('Communicatieplanning');
  await ready(page);
  expect(await page.evaluate(() => window.sameDocument)).toBeUndefined();
  await page.goBack();
  await expect(page).toHaveURL(/\/roi\?lang=nl&s=/);
  await ready(page);
  await expect(page.locator('[data-bench="keystroke-input"]')).toHaveValue('31');
});
