// The front door on the start page: the questions one screen each, the visitor's start page and the
// readiness check, in both languages, at phone width.
import { test, expect, expectAccessible } from './helpers.mjs';

const LANGS = {
  nl: {
    path: '/',
    role: 'Directie of eigenaar', headcount: 'Hoeveel mensen', office: 'Hoeveel van hen', quotes: 'Hoeveel offertes',
    stage: 'Sommigen gebruiken het', goal: 'Klaar zijn voor de regels', start: 'Volgende maand',
    next: 'Volgende', show: 'Toon mijn startpagina', back: 'Vorige', skip: 'Sla de rest over',
    step: (n) => `Vraag ${n} van 7`, error: 'Vul een heel getal in van 1 tot en met 12.',
    phase: /Fase: Bewustwording/, calcHeading: 'Resultaten', change: 'Antwoorden wijzigen', clear: 'Antwoorden wissen', undo: 'Ongedaan maken',
    levels: ['Nee', 'Deels', 'Ja'], outcome: /Uitkomst: Informatie\. Het zwakste punt is het gebruiksbeleid/, policy: /AI-gebruiksbeleid/,
  },
  en: {
    path: '/en',
    role: 'Board or owner', headcount: 'How many people', office: 'How many of them', quotes: 'How many quotes',
    stage: 'Some people use it on their own', goal: 'Being ready for the rules', start: 'Next month',
    next: 'Next', show: 'Show my start page', back: 'Back', skip: 'Skip the rest',
    step: (n) => `Question ${n} of 7`, error: 'Enter a whole number from 1 to 12.',
    phase: /Phase: Awareness/, calcHeading: 'Results', change: 'Change answers', clear: 'Clear answers', undo: 'Undo',
    levels: ['No', 'Partly', 'Yes'], outcome: /Result: Information\. The weakest point is the use policy/, policy: /AI use policy/,
  },
};

for (const [lang, t] of Object.entries(LANGS)) {
  test(`${lang}: a visitor answers the questions at 360 px and lands on a start page that matches the calculator`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(t.path);
    const door = page.locator('.front-door');
    await expect(door.getByText(t.step(1))).toBeVisible();
    await door.getByText(t.role).click();
    await door.getByRole('button', { name: t.next }).click();
    await expect(door.getByText(t.step(2))).toBeVisible();
    // Focus moves to the new question, so a keyboard or screen-reader user continues there.
    await expect(page.locator('#start-focus')).toBeFocused();
    await door.getByLabel(t.headcount).fill('12');
    await page.keyboard.press('Enter');
    // Office work above the headcount is refused with a message; the step stays.
    await door.getByLabel(t.office).fill('40');
    await page.keyboard.press('Enter');
    await expect(door.locator('#start-error')).toHaveText(t.error);
    await expect(door.getByLabel(t.office)).toHaveAttribute('aria-invalid', 'true');
    await door.getByLabel(t.office).fill('8');
    await page.keyboard.press('Enter');
    await door.getByLabel(t.quotes).fill('20');
    await page.keyboard.press('Enter');
    await expect(door.getByText(t.step(5))).toBeVisible();
    // Back keeps what was answered.
    await door.getByRole('button', { name: t.back }).click();
    await expect(door.getByLabel(t.quotes)).toHaveValue('20');
    // Focus has moved to the question again (not on the Back button), so Enter answers it.
    await expect(door.getByLabel(t.quotes)).toBeFocused();
    await page.keyboard.press('Enter');
    await door.getByText(t.stage).click();
    await door.getByRole('button', { name: t.next }).click();
    await door.getByText(t.goal).click();
    await door.getByRole('button', { name: t.next }).click();
    await door.getByText(t.start).click();
    await door.getByRole('button', { name: t.show }).click();

    await expect(door.locator('#start-phase')).toHaveText(t.phase);
    await expect(door.locator('.start-week li')).toHaveCount(3);
    // The goal "rules" puts the works council route first.
    await expect(door.locator('.start-week li').first().locator('a')).toHaveAttribute('href', /works-council/);
    const npv = await door.locator('#start-npv').textContent();
    const npvRange = await door.locator('#start-npv-range').textContent();
    const payback = await door.locator('#start-payback').textContent();
    const paybackRange = await door.locator('#start-payback-range').textContent();
    expect(npv).toMatch(/\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);

    // The answers survive a reload.
    await page.reload();
    await expect(page.locator('#start-npv')).toHaveText(npv);

    // The calculator opens with the same inputs and shows the same figures.
    await page.locator('#start-open-roi').click();
    await expect(page).toHaveURL(/\/roi\?.*s=v3_/);
    await expect(page.locator('#card-npv p').first()).toHaveText(npv);
    await expect(page.locator('#card-npv .card__note')).toHaveText(npvRange);
    await expect(page.locator('#card-payback p').first()).toHaveText(payback);
    await expect(page.locator('#card-payback .card__note')).toHaveText(paybackRange);

    // So does the schedule: the start on the first Monday of next month, without a managers' group.
    await page.goBack();
    await page.locator('#start-open-planning').click();
    await expect(page).toHaveURL(/\/planning\?.*s=v3_/);
  });
}

test('the readiness check places the company in a phase and names the material for its weakest point', async ({ page }) => {
  const t = LANGS.nl;
  await page.goto('/');
  await page.locator('.front-door').getByRole('button', { name: t.skip }).click();
  const check = page.locator('.readiness');
  await expect(check).toBeVisible();
  // Skipped questions take the example company, and the page says so.
  await expect(page.locator('.front-door')).toContainText('voorbeeldbedrijf');
  // Board backing yes, policy no, the rest partly: information, held back by the policy.
  const answers = [2, 0, 1, 1, 1, 1, 1, 1];
  for (const [i, level] of answers.entries()) {
    const item = check.locator('.readiness__item').nth(i);
    await item.getByText(t.levels[level], { exact: true }).click();
    if (i < 7) await expect(page.locator('#readiness-outcome')).toContainText(String(7 - i));
  }
  await expect(page.locator('#readiness-outcome')).toHaveText(t.outcome);
  await expect(page.locator('#readiness-outcome a')).toHaveText(t.policy);
  // The phase card follows the check.
  await expect(page.locator('#start-phase')).toHaveText(/Fase: Informatie/);
  await expectAccessible(page);

  // Keyboard: the statements are radio groups, arrow keys change the answer.
  await check.locator('.readiness__item').nth(1).locator('input').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#readiness-outcome')).not.toHaveText(t.outcome);

  // Clear can be undone; the other tab follows.
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.locator('.readiness')).toBeVisible();
  await page.getByRole('button', { name: t.clear }).click();
  await expect(page.locator('.front-door').getByText(t.step(1))).toBeVisible();
  await expect(other.locator('.front-door').getByText(t.step(1))).toBeVisible();
  await page.getByRole('button', { name: t.undo }).click();
  await expect(page.locator('.readiness')).toBeVisible();
  await expect(other.locator('.readiness')).toBeVisible();
  await other.close();
});

test('the first question is in the HTML before the app has loaded, and a tampered store is no problem', async ({ page }) => {
  await page.goto('/', { takeover: false });
  await expect(page.locator('.front-door legend')).toHaveText('Wat is uw rol?');
  await page.evaluate(() => localStorage.setItem('adoptieplanner.start', 'r9_n99999_o-3_q%_a7_kzzzz_d'));
  await page.reload();
  // Unreadable answers count as unanswered: the start page shows the example company's figures.
  await expect(page.locator('#start-npv')).toHaveText(/\d/);
  await expect(page.locator('.front-door')).toContainText('voorbeeldbedrijf');
});
