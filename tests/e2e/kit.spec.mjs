// The guide's kit: ready-to-send materials filled in from the company name, the communication
// schedule and the calculation; copy, download, "this week, first", and the blanks without input.
import { test, expect, ready, expectAccessible } from './helpers.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Enters a schedule start and one figure of its own, and returns the address's `?s=` code and
 * the payback month as the calculator shows it. */
async function planAndFigures(page, lang, start) {
  await page.goto(`/planning?lang=${lang}`);
  await ready(page);
  await page.locator('#plan-start').fill(start);
  await page.locator('#plan-start').blur();
  await page.getByRole('navigation', { name: lang === 'nl' ? 'Hoofdmenu' : 'Main menu' })
    .getByRole('link', { name: lang === 'nl' ? 'ROI-calculator' : 'ROI calculator' }).click();
  await page.locator('#f-qm').fill('60');
  await page.locator('#f-qm').blur();
  await expect(page).toHaveURL(/qm60/);
  await expect(page).toHaveURL(/pd\d{4}-\d\d-\d\d/);
  const payback = (await page.locator('#card-payback .card__value').textContent()) ?? '';
  // The kit names the month in which the money is back: the payback rounded up.
  const month = Math.ceil(Number(payback.replace(/[^\d,.]/g, '').replace(',', '.')));
  const code = new URL(page.url()).searchParams.get('s');
  return { code, month };
}

async function readDownload(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

test('the director\'s kick-off carries the company name, the start date and the payback month; copy and download give the same text', async ({ page }) => {
  const { code, month } = await planAndFigures(page, 'en', '2027-03-01');
  expect(month).toBeGreaterThan(0);
  // In-app navigation keeps the plan and figures, and the guide's address carries them too.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Guide by role' }).click();
  await page.locator('.cards .card').filter({ hasText: 'Board and directors' }).getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Board and directors');
  await expect(page).toHaveURL(new RegExp(`s=${code}`));
  await expect(page.locator('.page-reader')).toContainText('for you as a director');

  await page.locator('#kit-company').fill('Jansen & Zonen');
  await expect(page.locator('#kit-plan-status')).toContainText('Monday 1 March 2027');
  await expect(page.locator('#kit-figures-status')).toContainText(`month ${month} after the start`);
  const kickoff = page.locator('details[data-material="kickoff"]');
  await kickoff.locator('summary').click();
  const text = page.locator('#kit-text-kickoff');
  await expect(text).toContainText('AI at Jansen & Zonen: why, what changes and what stays');
  // The staff start four weeks after the board; the sentence holds before and after that day.
  await expect(text).toContainText('From Monday 29 March 2027, we at Jansen & Zonen work with AI tools');
  await expect(text).toContainText(`by around month ${month} after the start`);
  await expect(text.locator('.kit-blank').first()).toBeVisible();

  await kickoff.getByRole('button', { name: 'Kick-off message to all staff: Copy' }).click();
  await expect(kickoff.getByRole('status')).toHaveText('Copied. Paste the text into your email or intranet.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = await text.innerText();
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  expect(squash(copied)).toBe(squash(shown));
  expect(copied).toContain('Jansen & Zonen');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kickoff.getByRole('button', { name: 'Kick-off message to all staff: Download (.txt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kick-off-message-to-all-staff.txt');
  const bytes = await readDownload(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  expect(decoded).toBe(copied);

  // A reload keeps the company name (this browser) and the plan and figures (the address).
  await page.reload();
  await ready(page);
  await expect(page.locator('#kit-company')).toHaveValue('Jansen & Zonen');
  await page.locator('details[data-material="kickoff"] summary').click();
  await expect(page.locator('#kit-text-kickoff')).toContainText('Monday 29 March 2027');
  await expectAccessible(page);
});

test('in Dutch the downloaded text keeps its accents and the dates read as a letter', async ({ page }) => {
  const { code } = await planAndFigures(page, 'nl', '2027-03-01');
  await page.goto(`/gids/directie?lang=nl&s=${code}`);
  await ready(page);
  await page.locator('#kit-company').fill('Café Ëlf');
  const kickoff = page.locator('details[data-material="kickoff"]');
  await kickoff.locator('summary').click();
  await expect(page.locator('#kit-text-kickoff')).toContainText('Per maandag 29 maart 2027 werken we bij Café Ëlf');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kickoff.getByRole('button', { name: 'Kick-offbericht aan alle medewerkers: Downloaden (.txt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kick-offbericht-aan-alle-medewerkers.txt');
  const text = new TextDecoder('utf-8', { fatal: true }).decode((await readDownload(download)).subarray(3));
  expect(text).toContain('Café Ëlf');
  expect(text).toContain('Het zakelijke doel in één zin');
  expect(text).not.toMatch(/[{}]/);
});

test('without a schedule, figures or name every planner value shows as a bracketed blank', async ({ page }) => {
  await page.goto('/gids/board?lang=en');
  await ready(page);
  await expect(page).not.toHaveURL(/s=/);
  await expect(page.locator('#this-week-status')).toContainText('no schedule of your own yet');
  await expect(page.locator('#kit-plan-status')).toContainText('no communication schedule of your own yet');
  await expect(page.locator('#kit-figures-status')).toContainText('not the calculator\'s example values');
  await page.locator('details[data-material="kickoff"] summary').click();
  const text = page.locator('#kit-text-kickoff');
  for (const blank of ['[company name]', '[start date]', '[payback month]', '[date]', '[dates]']) {
    await expect(text).toContainText(blank);
  }
  await expect(text.locator('.kit-filled')).toHaveCount(0);
  await page.locator('details[data-material="briefing"] summary').click();
  await expect(page.locator('#kit-text-briefing')).toContainText('[ROI in the board view]');
  await expectAccessible(page);
});

test('this week, first: the phase follows the schedule, the others can be looked at, and a link opens its material', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-14T10:00:00'));
  await page.goto('/planning?lang=nl');
  await ready(page);
  await page.locator('#plan-start').fill('2027-03-01');
  await page.locator('#plan-start').blur();
  await expect(page).toHaveURL(/pd2027-03-01/);
  const code = new URL(page.url()).searchParams.get('s');
  // Managers start a week after the board: 14 April is their week 6, in information.
  await page.goto(`/gids/middenmanagement?lang=nl&s=${code}`);
  await ready(page);
  await expect(page.locator('#this-week-status')).toHaveText('Volgens uw schema is dit week 6 voor deze groep: fase informatie.');
  const phases = page.locator('.this-week__phase');
  await expect(phases.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(phases.nth(1)).toContainText('nu');
  await expect(page.locator('.this-week__items')).toContainText('Houd het teamoverleg');
  await phases.nth(3).click();
  await expect(phases.nth(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.this-week__items')).toContainText('Maak van successen een vast agendapunt');
  await phases.nth(1).click();
  await page.getByRole('link', { name: 'Gebruik: Rolbeschrijving: AI-ambassadeur' }).click();
  await expect(page.locator('details[data-material="ambassador"]')).toHaveAttribute('open', '');
  await expect(page).toHaveURL(/#materiaal-ambassador/);
  await expect(page.locator('#kit-text-ambassador')).toBeInViewport();
});

test('a deep link to a material opens it, and the measurement kit sits with the KPIs', async ({ page }) => {
  await page.goto('/gids?lang=en#material-pulse-survey');
  await ready(page);
  const survey = page.locator('details[data-material="pulse-survey"]');
  await expect(survey).toHaveAttribute('open', '');
  await expect(page.locator('#kit-text-pulse-survey')).toContainText('70% after 6 months');
  await expect(page.locator('#kit-text-pulse-survey')).toContainText('Adoption divides by all staff, not by the respondents');
  await expect(page.locator('#kit-text-pulse-survey table')).toBeVisible();
  await expect(page.locator('#warning-signs')).toContainText('spreadsheets');
  await expectAccessible(page);
});

test('each group page offers its own materials in both languages', async ({ page }) => {
  const pages = [
    ['/gids/directie', 7], ['/gids/board', 7], ['/gids/middenmanagement', 3], ['/gids/managers', 3],
    ['/gids/medewerkers', 3], ['/gids/staff', 3], ['/gids/marketing-seo', 2],
  ];
  for (const [path, n] of pages) {
    const lang = /directie|middenmanagement|medewerkers/.test(path) ? 'nl' : 'en';
    await page.goto(`${path}?lang=${lang}`);
    await ready(page);
    await expect(page.locator('.kit-material')).toHaveCount(n);
    await expect(page.locator('.this-week__items li').first()).toBeVisible();
  }
  await page.goto('/gids/managers?lang=en');
  await ready(page);
  await page.locator('details[data-material="objections"] summary').click();
  await expect(page.locator('#kit-text-objections h4')).toHaveCount(9);
  await expect(page.locator('#kit-text-objections')).toContainText('Am I being monitored now?');
  await expect(page.locator('#kit-text-objections')).toContainText('I am too old for this');
});

test('the company name follows another tab, and a full storage says the name is not kept', async ({ page, context }) => {
  await page.goto('/gids/staff?lang=en');
  await ready(page);
  const other = await context.newPage();
  await other.goto('/gids/board?lang=en');
  await ready(other);
  await page.locator('#kit-company').fill('Northwind');
  await expect(other.locator('#kit-company')).toHaveValue('Northwind');
  await other.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await other.locator('#kit-company').fill('Northwind Ltd');
  await expect(other.getByText('The name could not be kept')).toBeVisible();
  await other.locator('details[data-material="kickoff"] summary').click();
  await expect(other.locator('#kit-text-kickoff')).toContainText('AI at Northwind Ltd');
});

test('the director composes the AI use policy from choices; the policy follows another tab and stays after a reload', async ({ page, context }) => {
  await page.goto('/gids/board?lang=en');
  await ready(page);
  const policy = page.locator('details[data-material="ai-policy"]');
  await policy.locator('summary').click();
  const text = page.locator('#kit-text-ai-policy');
  await expect(text).toContainText('[which tools, with which account]');
  await expect(text).toContainText('Not legal advice');
  await expect(text).toContainText('Checked on 30 November 2026');
  await page.locator('#policy-tools').fill('Microsoft 365 Copilot');
  await page.locator('#policy-contact').fill('Anna de Vries');
  await expect(text).toContainText('Allowed: Microsoft 365 Copilot.');
  await expect(text).toContainText('Report it the same day to Anna de Vries.');
  await expect(text).toContainText('AI does not decide about people');
  await page.getByLabel('AI does not decide about people').uncheck();
  await expect(text).not.toContainText('AI does not decide about people');
  await page.locator('#policy-review').selectOption('12');
  await expect(text).toContainText('We review it every 12 months.');

  const other = await context.newPage();
  // The other tab in the same language: a language chosen in one tab is followed by the others.
  await other.goto('/gids/board?lang=en');
  await ready(other);
  await other.locator('details[data-material="ai-policy"] summary').click();
  await expect(other.locator('#kit-text-ai-policy')).toContainText('Allowed: Microsoft 365 Copilot.');
  await expect(other.locator('#kit-text-ai-policy')).not.toContainText('AI does not decide about people');
  await page.getByLabel('AI does not decide about people').check();
  await expect(other.locator('#kit-text-ai-policy')).toContainText('AI does not decide about people');

  await page.reload();
  await ready(page);
  await page.locator('details[data-material="ai-policy"] summary').click();
  await expect(page.locator('#policy-contact')).toHaveValue('Anna de Vries');
  await expect(page.locator('#policy-review')).toHaveValue('12');
  await page.locator('details[data-material="works-council"] summary').click();
  await expect(page.locator('#kit-text-works-council')).toContainText('WOR art. 27(1)(l)');
  await page.locator('details[data-material="privacy-checklist"] summary').click();
  await expect(page.locator('#kit-text-privacy-checklist')).toContainText('Data processing agreement');
  await expectAccessible(page);
});

test('the AI literacy record keeps sessions from two tabs, refuses bad input, undoes a removal and exports CSV', async ({ page, context }) => {
  await page.goto('/gids/directie?lang=nl');
  await ready(page);
  await page.locator('details[data-material="literacy-plan"] summary').click();
  await expect(page.locator('#literacy-record')).toContainText('Nog geen bijeenkomsten in het register.');
  await page.locator('#literacy-date').fill('2027-02-01');
  await page.locator('#literacy-topic').fill('Beleid uitgelegd');
  await page.locator('#literacy-attended').fill('drie');
  await page.getByRole('button', { name: 'Toevoegen aan het register' }).click();
  await expect(page.locator('#literacy-problem')).toHaveText(/geheel getal van 0 tot 10.000/);
  await page.locator('#literacy-attended').fill('12');
  await page.getByRole('button', { name: 'Toevoegen aan het register' }).click();
  await expect(page.locator('.literacy__table tbody tr')).toHaveCount(1);

  // A second tab, opened before, adds its own session: both are kept, in both tabs.
  const other = await context.newPage();
  await other.goto('/gids/directie?lang=nl');
  await ready(other);
  await other.locator('details[data-material="literacy-plan"] summary').click();
  await expect(other.locator('.literacy__table tbody tr')).toHaveCount(1);
  await other.locator('#literacy-date').fill('2027-01-18');
  await other.locator('#literacy-group').selectOption('board');
  await other.locator('#literacy-topic').fill('Opportunities and risks');
  await other.locator('#literacy-attended').fill('3');
  await other.getByRole('button', { name: 'Toevoegen aan het register' }).click();
  await expect(page.locator('.literacy__table tbody tr')).toHaveCount(2);
  await expect(page.locator('.literacy__table caption')).toHaveText('2 bijeenkomsten, samen 15 deelnemers');
  await expect(page.locator('.literacy__table tbody tr').first()).toContainText('Opportunities and risks');

  await page.getByRole('button', { name: /Verwijderen: de bijeenkomst van maandag 1 februari 2027/ }).click();
  await expect(page.locator('.literacy__table tbody tr')).toHaveCount(1);
  await expect(other.locator('.literacy__table tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.literacy__table tbody tr')).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('register-ai-geletterdheid.csv');
  const csv = new TextDecoder('utf-8', { fatal: true }).decode((await readDownload(download)).subarray(3));
  expect(csv).toBe('Datum;Groep;Onderwerp;Aantal deelnemers\r\n2027-01-18;Directie;Opportunities and risks;3\r\n2027-02-01;Uitvoerende medewerkers;Beleid uitgelegd;12\r\n');

  // A reload keeps the record; a corrupt line is set aside with a message, the rest stays. (With
  // the other tab closed: an open tab would find the line first and set it aside itself.)
  await other.close();
  await page.evaluate(() => localStorage.setItem('adoptieplanner.literacy', localStorage.getItem('adoptieplanner.literacy') + '\nkapot'));
  await page.reload();
  await ready(page);
  await page.locator('details[data-material="literacy-plan"] summary').click();
  await expect(page.locator('.literacy__table tbody tr')).toHaveCount(2);
  await expect(page.getByText('Een deel van het opgeslagen register was onleesbaar')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('adoptieplanner.literacy.onleesbaar'))).toBe('kapot');
  await expectAccessible(page);
});

test('a small company without managers gets one list on the board page, and the managers page points there', async ({ page }) => {
  await page.goto('/roi?lang=en');
  await ready(page);
  for (const [id, value] of [['#f-bn', '1'], ['#f-mn', '0'], ['#f-sn', '9'], ['#f-vn', '2']]) {
    await page.locator(id).fill(value);
    await page.locator(id).blur();
  }
  await expect(page).toHaveURL(/mn0/);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Guide by role' }).click();
  await page.locator('.cards .card').filter({ hasText: 'Board and directors' }).getByRole('link').click();
  await expect(page.locator('#small-company')).toContainText('you are director and manager at once');
  const list = page.locator('.this-week__items');
  // The managers' first task, the board's own, and today's checklist, in one list.
  await expect(list).toContainText('Use the tools yourself, so you have an example of your own for the team meeting.');
  await expect(list).toContainText('Hold the executive briefing');
  const boxes = list.getByRole('checkbox');
  expect(await boxes.count()).toBeGreaterThan(3);
  await boxes.first().check();
  await expect(page.locator('.this-week .checklist__progress')).toContainText('1');
  await expect(page.locator('#vandaag, #today').first()).toContainText('in the one list at the top');
  await expectAccessible(page);

  await page.locator('.other-groups, main').getByRole('link', { name: 'Middle management' }).first().click();
  await expect(page.locator('main h1')).toHaveText('Middle management');
  await expect(page.locator('#small-company')).toContainText('no middle layer');
  await page.locator('#small-company').getByRole('link', { name: "Go to the board's page" }).click();
  await expect(page.locator('main h1')).toHaveText('Board and directors');
});
