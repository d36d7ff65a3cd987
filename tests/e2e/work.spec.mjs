// The visitor's work is kept in this browser: a later visit and other tabs continue with it, and
// "start again", deleting a saved scenario and "clear everything" can each be undone.
import { test, expect, expectAccessible } from './helpers.mjs';

test('the calculation is kept for a later visit and other tabs, and start again can be undone', async ({ page, context }) => {
  await page.goto('/en/roi');
  const quotes = page.getByLabel('Quotes a month');
  await quotes.fill('55');
  await expect(page).toHaveURL(/s=v3_/);

  // A new tab without a link of its own continues with the same work, on every page.
  const later = await context.newPage();
  await later.goto('/en/roi');
  await expect(later.getByLabel('Quotes a month')).toHaveValue('55');
  await later.goto('/en/guide/board');
  await expect(later.locator('#kit-figures-status')).not.toContainText('not the calculator\'s example values');

  // A change in one tab shows in the other.
  await later.goto('/en/roi');
  await later.getByLabel('Quotes a month').fill('60');
  await expect(quotes).toHaveValue('60');

  // Start again, then undo.
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(quotes).toHaveValue('40');
  await expect(page.getByText('Started again from the example values.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(quotes).toHaveValue('60');
  await expect(later.getByLabel('Quotes a month')).toHaveValue('60');
  await later.close();
});

test('opening a colleague\'s link does not overwrite one\'s own work until it is changed', async ({ page, context }) => {
  await page.goto('/en/roi');
  await page.getByLabel('Quotes a month').fill('70');
  await expect(page).toHaveURL(/s=v3_qm70/);
  const link = await context.newPage();
  await link.goto('/en/roi?s=v3_qm45');
  await expect(link.getByLabel('Quotes a month')).toHaveValue('45');
  // The first tab keeps its own figures, and a fresh tab still opens with them.
  await expect(page.getByLabel('Quotes a month')).toHaveValue('70');
  const fresh = await context.newPage();
  await fresh.goto('/en/roi');
  await expect(fresh.getByLabel('Quotes a month')).toHaveValue('70');
});

test('a deleted saved scenario and a cleared browser can be brought back', async ({ page }) => {
  await page.goto('/en/roi');
  await page.getByLabel('Scenario name').fill('Keep me');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  await page.locator('.saved-item').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.saved-item')).toHaveCount(0);
  await expect(page.getByText('Deleted: Keep me.')).toBeVisible();
  await page.locator('.saved').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  await expect(page.locator('.saved-item')).toContainText('Keep me');

  await page.goto('/en/about');
  await page.getByRole('button', { name: 'Clear everything this planner keeps in this browser' }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('adoptieplanner.')).length)).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Everything has been put back.')).toBeVisible();
  await page.goto('/en/roi');
  await expect(page.locator('.saved-item')).toContainText('Keep me');
});
