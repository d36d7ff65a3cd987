// The presenter view for the board meeting: opened from the calculator or a link, stepped through
// by keyboard and tap, live with the scenario, printed one slide per landscape page.
import { test, expect, expectAccessible, printedSheets } from './helpers.mjs';

const LANGS = {
  nl: { path: '/roi', open: 'Presenteren', count: (n) => `Dia ${n} van 7`, first: 'Het besluit dat we vragen', second: 'Wat het oplevert, met de bandbreedte', last: 'Wat we meten, en wanneer', close: 'Sluiten', notes: 'Notities voor de presentator', quotes: 'Offertes per maand' },
  en: { path: '/en/roi', open: 'Present', count: (n) => `Slide ${n} of 7`, first: 'The decision we ask for', second: 'What it returns, with the range', last: 'What we measure, and when', close: 'Close', notes: 'Notes for the presenter', quotes: 'Quotes a month' },
};

for (const [lang, t] of Object.entries(LANGS)) {
  test(`${lang}: the presenter view steps by keyboard and tap, passes axe and closes with Back`, async ({ page }) => {
    await page.goto(t.path);
    await page.getByRole('button', { name: t.open, exact: true }).click();
    const view = page.getByRole('dialog');
    await expect(view.getByRole('heading', { level: 2, name: t.first })).toBeVisible();
    await expect(view.getByText(t.count(1))).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expectAccessible(page);
    await page.keyboard.press('ArrowRight');
    await expect(view.getByRole('heading', { level: 2, name: t.second })).toBeVisible();
    await expect(page).toHaveURL(/present=2/);
    await page.keyboard.press('Space');
    await expect(view.getByText(t.count(3))).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(view.getByText(t.count(2))).toBeVisible();
    // A tap on the slide moves on; a tap on the notes does not.
    await view.locator('.slide:not([hidden]) .present__notes summary').click();
    await expect(view.getByText(t.count(2))).toBeVisible();
    await view.locator('.slide:not([hidden]) h2').click();
    await expect(view.getByText(t.count(3))).toBeVisible();
    await page.keyboard.press('End');
    await expect(view.getByRole('heading', { level: 2, name: t.last })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(view.getByText(t.count(7))).toBeVisible();
    await expectAccessible(page);
    // Back closes the view (opening it was a step of its own); the calculator is as it was.
    await page.goBack();
    await expect(view).toHaveCount(0);
    await expect(page.getByLabel(t.quotes)).toBeVisible();
  });
}

test('from a link the view opens on its slide, follows another tab and prints one slide per page', async ({ page, context }) => {
  await page.goto('/en/roi?s=v3_qm60&present=2');
  const view = page.getByRole('dialog');
  await expect(view.getByText('Slide 2 of 7')).toBeVisible();
  const npv = view.locator('#card-npv p').first();
  const before = await npv.textContent();
  // The figures are live: a change in another tab shows in the open view.
  const other = await context.newPage();
  await other.goto('/en/roi?s=v3_qm60');
  await other.getByLabel('Quotes a month').fill('90');
  await expect(npv).not.toHaveText(before);
  await other.close();
  // Escape closes; the address keeps the scenario.
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page).toHaveURL(/s=v3_qm90/);
  await page.goto('/en/roi?present=1');
  await page.emulateMedia({ media: 'print' });
  expect(await printedSheets(page)).toBe(7);
});
