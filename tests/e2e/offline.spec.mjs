// Offline use and updates: after one visit the service worker serves the planner without a
// network, and a newly deployed release is announced, applied only when the visitor agrees.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, ready } from './helpers.mjs';
import { serve } from './serve.mjs';

/** Waits until the service worker controls the page (it claims it on first activation). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

test('after one visit the planner reloads and navigates offline', async ({ page, context }) => {
  await page.goto('/roi?lang=nl');
  await ready(page);
  await controlled(page);
  await context.setOffline(true);
  try {
    await page.reload();
    await ready(page);
    await expect(page.locator('main h1')).toHaveText('ROI-calculator');
    await expect(page.locator('.cards--results')).not.toContainText('NaN');
    // A deep link that was never visited comes from the cached app as well.
    await page.goto('/gids/board?lang=en#concerns');
    await expect(page.locator('main h1')).toHaveText('Board and directors');
    await expect(page.locator('#concerns')).toBeInViewport();
  } finally {
    await context.setOffline(false);
  }
});

test.describe('a new release', () => {
  test.describe.configure({ mode: 'serial' });
  const PORT = 4175;
  let dir;
  let server;
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'adoptieplanner-release-'));
    cpSync('dist', dir, { recursive: true });
    server = await serve(dir, PORT);
  });
  test.afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  test('is announced, and applied only when the visitor agrees', async ({ page }) => {
    await page.goto('/planning?lang=nl');
    await ready(page);
    await controlled(page);
    const notice = page.locator('.update-notice');
    await expect(notice).toBeHidden();

    // Deploy: the service worker changes (as it does when any hashed asset changes).
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next release\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText('Er staat een nieuwe versie van de planner klaar.');
    await expect(notice).toHaveAttribute('role', 'status');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Nu bijwerken' }).click()]);
    await ready(page);
    await expect(page.locator('.update-notice')).toBeHidden();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting === null))).toBe(true);
  });
});
