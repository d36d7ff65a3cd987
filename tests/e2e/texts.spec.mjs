// The texts come as one file per language (src/domain/texts.rs): a page loads only its own
// language's file, the other follows once the page is the app's, and a file that cannot be loaded
// leaves the page as delivered with a clear word, never a blank or half-translated page.
import { test, expect, ready } from './helpers.mjs';

const textFiles = (page) => {
  const seen = [];
  page.on('request', (r) => { if (/\/texts-(nl|en)-[0-9a-f]{16}\.txt$/.test(r.url())) seen.push(r.url().match(/texts-(nl|en)/)[1]); });
  return seen;
};

test('a page loads its own language first and the other after the takeover; the switch is then at once', async ({ page }) => {
  const seen = textFiles(page);
  await page.goto('/roi?lang=nl');
  await ready(page);
  expect(seen[0]).toBe('nl');
  await expect.poll(() => seen.includes('en')).toBe(true);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main h1')).toHaveText('ROI calculator');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without the network and without a copy kept by the service worker', () => {
  // A service worker that has kept the files would (rightly) serve them: these two are about the
  // visit where neither the network nor a kept copy has them.
  test.use({ serviceWorkers: 'block' });

  test('without its text file the page stays as delivered and says why it does not respond', async ({ page }) => {
    page.expectedConsoleError = /texts-nl-[0-9a-f]{16}\.txt|Failed to load resource/;
    await page.route(/\/texts-nl-[0-9a-f]{16}\.txt$/, (route) => route.abort());
    await page.goto('/roi?lang=nl', { takeover: false });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('De teksten van de planner konden niet worden geladen');
    await expect(alert.locator('p[lang="en"]')).toHaveText(/^The planner's texts could not be loaded/);
    await expect(alert.locator('p[lang="nl"]')).toHaveText(/^De teksten van de planner/);
    await expect(page.locator('main h1')).toHaveText('ROI-calculator');
    await expect(page.locator('html')).toHaveAttribute('data-prerendered', /.*/);
  });

  test('a switch to a language whose file cannot be loaded keeps the page readable in its language and says so', async ({ page }) => {
    page.expectedConsoleError = /texts-en-[0-9a-f]{16}\.txt|status of 503/;
    await page.route(/\/texts-en-[0-9a-f]{16}\.txt$/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('/planning?lang=nl');
    await ready(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('alert')).toContainText("The planner's texts could not be loaded");
    await expect(page.locator('main h1')).toHaveText('Communicatieplanning');
    await expect(page.locator('body')).not.toContainText('NaN');
  });
});
