// The guide by role: every group page in both languages, deep links, search, checklists,
// links to the calculator and schedule, print, accessibility.
import { test, expect, ready, expectAccessible, printedSheets } from './helpers.mjs';

const GROUPS = [
  { nl: '/gids/directie', en: '/en/guide/board', titleNl: 'Directie', titleEn: 'Board and directors' },
  { nl: '/gids/middenmanagement', en: '/en/guide/managers', titleNl: 'Middenmanagement', titleEn: 'Middle management' },
  { nl: '/gids/medewerkers', en: '/en/guide/staff', titleNl: 'Uitvoerende medewerkers', titleEn: 'Operational staff' },
  { nl: '/gids/marketing-seo', en: '/en/guide/marketing-seo', titleNl: 'Marketing en AI voor SEO', titleEn: 'Marketing and AI for SEO' },
];

for (const g of GROUPS) {
  for (const lang of ['nl', 'en']) {
    test(`${g[lang]} renders in ${lang} and is accessible`, async ({ page }) => {
      await page.goto(`${g[lang]}?lang=${lang}`);
      await ready(page);
      await expect(page.locator('main h1')).toHaveText(lang === 'nl' ? g.titleNl : g.titleEn);
      await expect(page.locator('main .guide-section').first()).toBeVisible();
      await expect(page.locator('main')).not.toContainText('NaN');
      await expectAccessible(page);
    });
  }
}

test('the overview shows phases with weeks, formats, five mistakes, the KPI table and seven questions', async ({ page }) => {
  await page.goto('/gids?lang=nl');
  await ready(page);
  await expect(page.locator('.phase__weeks')).toHaveText(['week 1-4', 'week 5-8', 'week 9-16', 'vanaf week 17']);
  await expect(page.locator('.format')).toHaveCount(6);
  await expect(page.locator('.mistakes > li')).toHaveCount(5);
  await expect(page.locator('.kpi-table tbody tr')).toHaveCount(5);
  await expect(page.locator('.kpi-table')).toContainText('70 % na 6 maanden');
  await expect(page.locator('.faq')).toHaveCount(7);
  await page.locator('.faq summary').first().click();
  await expect(page.locator('.faq p').first()).toContainText('6 tot 12 maanden');
  await expectAccessible(page);
});

test('deep links land on the section, in either language', async ({ page }) => {
  await page.goto('/gids/directie?lang=nl#materiaal');
  await expect(page.locator('#materiaal')).toBeInViewport();
  await page.goto('/gids/board?lang=en#today');
  await expect(page.locator('#today')).toBeInViewport();
  await expect(page.locator('#today h2')).toHaveText('Apply today');
  await page.goto('/gids?lang=nl#kpis');
  await expect(page.locator('#kpis')).toBeInViewport();
});

test('search filters the whole guide as you type, in each language', async ({ page }) => {
  await page.goto('/gids?lang=nl');
  const box = page.getByLabel('Zoek in de hele gids');
  await box.fill('weerstand');
  await expect(page.locator('.search-hits li').first()).toBeVisible();
  const count = await page.locator('.search-hits li').count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (const text of await page.locator('.search-hits li a').allTextContents()) expect(text.toLowerCase()).toContain('weerstand');
  await box.fill('weerstand sceptici');
  expect(await page.locator('.search-hits li').count()).toBeLessThan(count);
  await box.fill('xyzzy');
  await expect(page.getByText('Niets gevonden.')).toBeVisible();

  await page.getByRole('button', { name: /^EN/ }).click();
  const enBox = page.getByLabel('Search the whole guide');
  await enBox.fill('pulse survey');
  const first = page.locator('.search-hits li a').first();
  await expect(first).toContainText('pulse survey');
  await first.click();
  await expect(page.locator('#kpis')).toBeInViewport();
});

test('checklist ticks survive a reload and can be cleared', async ({ page }) => {
  await page.goto('/gids/medewerkers?lang=nl');
  const boxes = page.locator('.checklist input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page.getByText('2 van 4 gedaan.')).toBeVisible();
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  // Another group's ticks are kept separately.
  await page.goto('/gids/directie?lang=nl');
  await page.locator('.checklist input').first().check();
  await page.goto('/gids/medewerkers?lang=nl');
  await expect(page.getByText('2 van 4 gedaan.')).toBeVisible();
  await page.getByRole('button', { name: 'Vinkjes wissen' }).click();
  await expect(page.getByText('0 van 4 gedaan.')).toBeVisible();
  await page.reload();
  await expect(boxes.nth(0)).not.toBeChecked();
  await page.goto('/gids/directie?lang=nl');
  await expect(page.locator('.checklist input').first()).toBeChecked();
});

test('the guide links to the calculator and the schedule, and the role carries over', async ({ page }) => {
  await page.goto('/gids?lang=nl');
  await page.getByRole('link', { name: 'Zet de fasen om in een planning met data' }).click();
  await expect(page).toHaveURL(/\/planning\?lang=nl/);
  await page.goto('/gids?lang=nl');
  await page.getByRole('link', { name: 'Reken met de adoptiedoelen in de ROI-calculator' }).click();
  await expect(page).toHaveURL(/\/roi\?lang=nl.*#f-a6/);
  await expect(page.locator('#f-a6')).toBeInViewport();

  await page.goto('/gids/directie?lang=nl');
  await page.getByRole('link', { name: 'Reken het door in de ROI-calculator' }).click();
  await expect(page.locator('.role-note')).toContainText('U komt uit de gids voor: Directie.');
  await expect(page.locator('.role-note')).toContainText('Print directiesamenvatting');
  await page.locator('.role-note a').click();
  await expect(page.locator('main h1')).toHaveText('Directie');
});

test('a role page prints as a one-pager without navigation', async ({ page }) => {
  await page.goto('/gids/middenmanagement?lang=nl');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.guide-toc')).toBeHidden();
  await expect(page.locator('.other-groups')).toBeHidden();
  await expect(page.locator('#zorgen')).toBeVisible();
  await expect(page.locator('#vandaag')).toBeVisible();
});

// "Print as a one-pager" keeps its word: every group's page, in both languages and whichever
// phase "this week" shows, fits one A4 sheet (the materials print on their own).
for (const lang of ['nl', 'en']) {
  test(`every group's page prints on one A4 sheet in ${lang}, in every phase`, async ({ page }) => {
    for (const g of GROUPS) {
      await page.goto(`${g[lang]}?lang=${lang}`);
      const phases = page.locator('.this-week__phase');
      await expect(phases).toHaveCount(4);
      for (let i = 0; i < 4; i += 1) {
        await phases.nth(i).click();
        await expect(phases.nth(i)).toHaveAttribute('aria-pressed', 'true');
        expect(await printedSheets(page), `${g[lang]}, phase ${i + 1}`).toBe(1);
      }
    }
  });
}

// On a phone the guide's text tables keep every column in view: each row's header goes on a line of
// its own, so the targets (the last column) are not hidden off to the right.
test('on a phone the KPI table and a material table show their targets without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/gids?lang=nl');
  await page.locator('#materiaal-pulse-survey').evaluate((d) => { d.open = true; });
  for (const table of ['#kpis .kpi-table', '#kit-text-pulse-survey .kit-table']) {
    const box = page.locator(table).locator('xpath=..');
    expect(await box.evaluate((b) => b.scrollWidth <= b.clientWidth), table).toBe(true);
    const target = page.locator(table).getByRole('cell', { name: /^70 % na 6 maanden$/ });
    await target.scrollIntoViewIfNeeded();
    await expect(target).toBeInViewport({ ratio: 1 });
    await expect(page.locator(table).getByRole('rowheader', { name: 'Adoptie' })).toBeVisible();
  }
  await expectAccessible(page);
});

test('an unknown group shows a helpful page', async ({ page }) => {
  await page.goto('/gids/onbekend?lang=nl');
  await expect(page.getByText('Deze groep staat niet in de gids.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Directie' })).toBeVisible();
});
