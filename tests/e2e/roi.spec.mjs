// The ROI calculator: live results equal the engine's documented values, bad input is explained,
// scenarios survive links, storage and reloads, and exports work.
import { test, expect, expectAccessible, printedSheets, tookOver, chartTextsOffEdge, renderedTextSizes } from './helpers.mjs';

/** Saves what the calculator shows under `name` (English page) and waits for the confirmation, which
 * names `shown` (a clash with a name in use gets a number added). */
async function saveScenario(tab, name, shown = name) {
  await tab.getByLabel('Scenario name').fill(name);
  await tab.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(tab.getByText(`Scenario “${shown}” saved.`)).toBeVisible();
}

// Worked example 1 of docs/roi-model.md: a team of ten.
// The documented examples use the standard phase calendar: a plan with only the staff group,
// starting on the first of the month (pg001_pd2027-01-01), and only training as a format, so the
// plan adds no session hours (pf0000001).
const STANDARD_CALENDAR = 'pd2027-01-01_pg001';
const TEAM_OF_TEN = `v2_bn0_bc0_bh0_bg0_mn0_mc0_mh0_mg0_sn10_sc50_sh6_vn0_vc0_vh0_vg0_qm0_a660_ae60_lc10_lp25_im3000_th0_ex0_su0_oh0_to0_hz12_dr0_rk0_cr10_${STANDARD_CALENDAR}_pf0000001`;

const card = (page, id) => page.locator(`#${id} .card__value`);

test('typing updates every headline figure to the engine value', async ({ page }) => {
  // The address update waits for a pause in typing; the test moves the clock instead of sleeping.
  await page.clock.install();
  await page.goto(`/roi?lang=nl&s=${TEAM_OF_TEN}`);
  // Documented: NPV € 139,85, ROI 2,12 %, payback 11,72 months.
  await expect(card(page, 'card-npv')).toHaveText('€\u00a0140');
  await expect(card(page, 'card-roi')).toHaveText('2\u00a0%');
  await expect(card(page, 'card-payback')).toHaveText('maand 11,7');

  // €5 less per licence: 10 licences × 12 months × 1,10 cost risk = € 660 less cost.
  // NPV 799,85; ROI 799,85 / 5.940 = 13,5 %; payback 10 + 320,15 / 560 = 10,57.
  const price = page.getByLabel('Prijs per licentie per maand');
  await price.fill('€ 20');
  await expect(card(page, 'card-npv')).toHaveText('€\u00a0800');
  await expect(card(page, 'card-roi')).toHaveText('13\u00a0%');
  await expect(card(page, 'card-payback')).toHaveText('maand 10,6');
  await page.clock.runFor(300);
  await expect(page).toHaveURL(/s=v3_.*lp20/);

  // Leaving right after typing: the delayed address update must not follow to the next page,
  // which carries the state of its own (the guide's materials are filled in from it).
  await price.fill('21');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gids per rol' }).click();
  await expect(page.locator('main h1')).toHaveText('Gids per rol');
  await page.clock.runFor(400);
  await expect(page).toHaveURL(/\/gids\?lang=nl&s=v3_[^&#]*lp21/);
});

// The app's default plan (all groups from Monday 4 January 2027) on the default inputs; the same
// figures are pinned natively in tests/roi_model.rs (app_default_plan_figures).
test('the defaults show the engine figures and the programme card is honest', async ({ page }) => {
  await page.goto('/roi?lang=en');
  await expect(card(page, 'card-npv')).toHaveText('€3,371');
  await expect(card(page, 'card-roi')).toHaveText('3%');
  await expect(card(page, 'card-payback')).toHaveText('month 32.1');
  await expect(card(page, 'card-programme')).toHaveText('€25,007');
  await expect(page.locator('#card-npv .card__note')).toHaveText('Range across scenarios: −\u2060€62,264 to €115,839');
  const breakEven = page.locator('#break-even');
  await expect(breakEven).toHaveText(
    'The programme pays for itself if it raises active adoption by at least 15.2 points: from 30% to 45% after 6 months.');
  // The two assumptions behind the card are on it, and editable.
  const programme = page.locator('#card-programme');
  await expect(programme.getByLabel('Without communication: adoption level')).toHaveValue('60');
  await programme.getByLabel('Without communication: slowdown').fill('2');
  await expect(breakEven).not.toContainText('15.2 points');
  await expect(card(page, 'card-programme')).not.toHaveText('€25,007');
  await page.getByLabel('Active users after 6 months').fill('40');
  await page.locator('.segmented label', { hasText: 'Conservative' }).click();
  await expect(page.getByRole('radio', { name: 'Conservative' })).toBeChecked();
  await expect(card(page, 'card-npv')).not.toHaveText('€3,371');
});

// The figures as one story, what it takes and the published studies, in both languages, on a
// phone and a desktop: readable, inside the page and accessible.
for (const width of [360, 1280]) {
  test(`the verdict, what it takes and the studies read correctly at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [lang, verdict, alone, takes, studies] of [
      ['nl', 'Over 36 maanden levert dit plan in contante waarde €\u00a03.371 meer op dan het kost (rendement 3\u00a0%). Opgeteld en zonder disconteren is het geld terug na 32,1 maanden, in september 2029.',
        'Op tijdwinst alleen, zonder de extra orders: −\u2060€\u00a020.595 (rendement −\u206017\u00a0%).',
        ['Tijdwinst: het loont als elke actieve gebruiker gemiddeld minstens', 'Actieve gebruikers: het loont vanaf', 'Licentieprijs: het loont tot'],
        'Forrester Consulting, The Total Economic Impact of Microsoft 365 Copilot (2025), in opdracht van Microsoft'],
      ['en', 'Over 36 months this plan returns €3,371 more than it costs in present value (ROI 3%). Added up without discounting, the money is back after 32.1 months, in September 2029.',
        'On time savings alone, without the extra orders: −\u2060€20,595 (ROI −\u206017%).',
        ['Time saved: it pays if each active user saves at least', 'Active users: it pays from', 'Licence price: it pays up to'],
        'Forrester Consulting, The Total Economic Impact of Microsoft 365 Copilot (2025), commissioned by Microsoft'],
    ]) {
      await page.goto(`/roi?lang=${lang}`);
      await expect(page.locator('#verdict')).toContainText(verdict);
      await expect(page.locator('#verdict')).toContainText(alone);
      const items = page.locator('.what-it-takes li');
      await expect(items).toHaveCount(3);
      for (const [k, start] of takes.entries()) await expect(items.nth(k)).toContainText(start);
      await expect(page.locator('.studies__entry')).toHaveCount(5);
      await expect(page.locator('.studies__entry').nth(1)).toContainText(studies);
      await expect(page.locator('.studies__entry--own')).toContainText(lang === 'nl' ? '32,1 maanden' : '32.1 months');
      // Nothing sticks out of the page or its own box.
      const overflow = await page.evaluate(() => {
        const out = [];
        if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}`);
        for (const el of document.querySelectorAll('#verdict, .what-it-takes, .studies, .studies__entry')) {
          if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className || el.id} ${el.scrollWidth}>${el.clientWidth}`);
        }
        return out;
      });
      expect(overflow).toEqual([]);
      await page.locator('#assumptions summary').click();
      await expect(page.locator('.assumptions__source').first()).toBeVisible();
      await expect(page.locator('#assumptions')).toContainText(lang === 'nl' ? 'CBS: de loonkosten per gewerkt uur waren in 2024 € 45,0' : 'CBS (Statistics Netherlands): wage costs per hour worked were €45.0 in 2024');
      await expectAccessible(page);
    }
  });
}

test('the board preset shows the cautious TEI view in one click', async ({ page }) => {
  await page.goto('/roi?lang=en');
  await expect(card(page, 'card-npv')).toHaveText('€3,371');
  await page.locator('.segmented label', { hasText: 'Board (TEI)' }).click();
  await expect(card(page, 'card-roi')).toHaveText('−14%');
  await expect(card(page, 'card-npv')).toHaveText('−€17,980');
  await expect(card(page, 'card-payback')).toHaveText('not within 36 months');
  await expect(card(page, 'card-programme')).toHaveText('€15,753');
  await expect(page).toHaveURL(/s=v3.*_vwb/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Board (TEI)' })).toBeChecked();
  await expect(card(page, 'card-npv')).toHaveText('−€17,980');
});

test('a link from the earlier version opens in full and says what changed', async ({ page }) => {
  await page.goto('/roi?lang=en&s=v1_qm55_qu3_lp27.5_vwc');
  await expect(page.locator('#link-upgraded')).toContainText('All your values were kept');
  await expect(page.locator('#link-problems')).toHaveCount(0);
  await expect(page.getByLabel('Quotes a month')).toHaveValue('55');
  await expect(page.getByLabel('Price per licence a month')).toHaveValue('27.5');
  // Three points at the default 40 % faster quotes: 0.75 points per 10 %.
  await expect(page.getByLabel('Extra win rate per 10% faster quotes')).toHaveValue('0.75');
  await expect(page.getByRole('radio', { name: 'Conservative' })).toBeChecked();
  await expect(page.getByLabel('Productivity capture')).toHaveValue('50');
});

test('a link written before the evidence-based defaults keeps its author\'s inputs and says the model changed', async ({ page }) => {
  // A v2 link of November 2026 that left staff cost and adoption at the defaults of that day.
  await page.goto('/roi?lang=en&s=v2_qm45');
  await expect(page.getByLabel('Quotes a month')).toHaveValue('45');
  await expect(page.getByLabel('Active users after 6 months')).toHaveValue('70');
  await expect(page.locator('#link-upgraded')).toContainText('The inputs are exactly those of this link\'s author, but the model has changed since');
  await expect(page.locator('#link-problems')).toHaveCount(0);
  // Written again as a v3 link, it keeps those inputs although today's defaults differ.
  await expect(page).toHaveURL(/s=v3_.*a670/);
  await page.reload();
  await expect(page.getByLabel('Active users after 6 months')).toHaveValue('70');
  await expect(page.locator('#link-upgraded')).toHaveCount(0);
});

test('whole numbers and percentages typed as fractions are caught', async ({ page }) => {
  await page.goto('/roi?lang=nl');
  const people = page.getByLabel('Aantal personen').first();
  await people.fill('2,5');
  await expect(people).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Vul een heel getal in, zonder decimalen.')).toBeVisible();
  await people.fill('2');
  await expect(people).toHaveAttribute('aria-invalid', 'false');
  await page.getByLabel('Benutte tijdwinst').fill('0,5');
  await expect(page.locator('.field', { has: page.getByLabel('Benutte tijdwinst') }).locator('.field__warning'))
    .toContainText('Benutte tijdwinst: 0,50 % is minder dan 1 %. Bedoelde u 50 %?');
});

test('on a phone the figures stay in view while a field is edited', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/roi?lang=nl');
  const summary = page.locator('#sticky-summary');
  await expect(summary).toBeHidden();
  const field = page.getByLabel('Prijs per licentie per maand');
  await field.focus();
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Netto contante waarde');
  const before = await summary.textContent();
  await field.fill('45');
  await expect(summary).not.toHaveText(before);
  // The bar covers neither the field nor its message.
  const bar = await summary.boundingBox();
  const box = await field.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  await field.fill('-1');
  const message = await page.locator('#f-lp-error').boundingBox();
  expect(message.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  await field.blur();
  await expect(summary).toBeHidden();
});

// A large company (or a slip of the finger) gives figures of eleven characters and more; each
// stays whole and on one line in its card, and so does "maand 32,1", at a desktop's and a tablet's
// width in both languages.
test('long headline figures stay whole and on one line in their cards', async ({ page }) => {
  const layout = () => page.locator('.cards--results .card__value').evaluateAll((values) => values.map((v) => {
    const range = document.createRange();
    range.selectNodeContents(v);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    return { text: v.textContent, lines, cut: v.scrollWidth > v.clientWidth + 1 };
  }));
  for (const [path, quotes] of [['/roi', 'Offertes per maand'], ['/en/roi', 'Quotes a month']]) {
    await page.goto(path);
    for (const width of [1280, 1100, 760]) {
      await page.setViewportSize({ width, height: 900 });
      for (const figure of await layout()) expect(figure, `${path} at ${width} px`).toMatchObject({ lines: 1, cut: false });
    }
    await page.getByLabel(quotes).fill('125000');
    await expect(page.locator('#card-npv .card__value')).toHaveText(/^€\s?135[.,]607[.,]925$/);
    for (const width of [1280, 1100, 760]) {
      await page.setViewportSize({ width, height: 900 });
      for (const figure of await layout()) expect(figure, `${path} at ${width} px`).toMatchObject({ lines: 1, cut: false });
    }
  }
});

// Every chart keeps its words inside its frame, whichever month the break-even falls in.
test('no chart label runs off its chart', async ({ page }) => {
  for (const [path, quotes] of [['/roi', 'Offertes per maand'], ['/en/roi', 'Quotes a month']]) {
    await page.goto(path);
    await expect(page.locator('.chart--cumulative .chart__marker')).toHaveCount(1);
    expect(await chartTextsOffEdge(page), `${path}, break-even late`).toEqual([]);
    await page.getByLabel(quotes).fill('400');
    await expect(page.locator('#card-payback .card__value')).not.toHaveText(/32[.,]1/);
    // The charts redraw after a short pause in typing.
    await expect(page.locator('.chart--cumulative')).not.toContainText(/32[.,]1/);
    await expect(page.locator('.chart--cumulative .chart__marker')).toHaveCount(1);
    expect(await chartTextsOffEdge(page), `${path}, break-even early`).toEqual([]);
    // A large company: the axes count in millions.
    await page.getByLabel(quotes).fill('100000');
    await expect(page.locator('.chart--cumulative .chart__tick').filter({ hasText: path === '/roi' ? /\d\smln$/ : /\dM$/ }).first()).toBeVisible();
    expect(await chartTextsOffEdge(page), `${path}, a large company`).toEqual([]);
  }
});

test('the value breakdown adds up to the NPV', async ({ page }) => {
  await page.goto('/roi?lang=en');
  const chart = page.locator('.chart--breakdown');
  await expect(chart.locator('.chart__title')).toHaveText('Where the value comes from');
  await expect(chart.locator('.chart__desc')).toHaveText(/gives €3,371\.$/);
  await expect(chart.locator('svg')).toContainText('Communication programme');
  await expect(chart.locator('svg')).toContainText('Internal owner');
});

test('invalid input explains itself and keeps the last valid result', async ({ page }) => {
  await page.goto('/roi?lang=nl');
  const npv = await card(page, 'card-npv').textContent();
  const field = page.getByLabel('Tijdwinst op die taken').first();
  for (const [value, message] of [
    ['', 'Vul een getal in.'],
    ['veel', 'Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 of 40 %.'],
    ['-5', 'Dit moet minstens 0 zijn.'],
    ['1e9', 'Dit is geen getal. Schrijf bijvoorbeeld 1.250,50 of 40 %.'],
    ['250', 'Dit mag hoogstens 100 zijn.'],
  ]) {
    await field.fill(value);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await field.getAttribute('aria-describedby')).split(' ')[1];
    await expect(page.locator(`#${errorId}`)).toHaveText(`${message} De berekening en de link houden 20\u00a0% aan, de laatst geldige waarde.`);
    await expect(card(page, 'card-npv')).toHaveText(npv);
    await expect(page.getByText('Niet alle invoer is bruikbaar.')).toBeVisible();
  }
  await page.getByLabel('Scoringskans nu').fill('99');
  await expect(page.getByText('Scoringskans plus de extra scoringskans door snellere offertes mag samen niet boven 100 % komen.')).toBeVisible();
  await field.fill('1.250,5');
  await expect(page.getByText('Dit mag hoogstens 100 zijn.')).toBeVisible();
  await field.fill('25,5');
  await page.getByLabel('Scoringskans nu').fill('25');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText('Niet alle invoer is bruikbaar.')).toBeHidden();
  await expect(card(page, 'card-npv')).not.toHaveText(npv);
  await expect(page.locator('body')).not.toContainText('NaN');
  await expect(page.locator('body')).not.toContainText('Infinity');
});

// Typed key by key, an out-of-range value passes through usable prefixes (150 % through 15 %,
// 2,000,000 licences through 200,000). None of them may stay in the figures or the link: while the
// field is invalid, both keep the value it had before, and the field says which.
test('out-of-range typing never changes the figures or the link', async ({ page }) => {
  await page.goto('/roi?lang=en');
  const npv = await card(page, 'card-npv').textContent();
  const link = page.getByLabel('Link to this scenario');
  const before = await link.inputValue();
  for (const [label, typed, kept] of [
    ['Time saved per quote', '150', '40%'],
    ['Number of licences', '2000000', '36 people'],
    ['Productivity capture', '250', '50%'],
  ]) {
    const field = page.getByLabel(label).first();
    await field.click();
    await field.press('Control+A');
    await field.pressSequentially(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await field.getAttribute('aria-describedby')).split(' ')[1];
    await expect(page.locator(`#${errorId}`)).toContainText(`The calculation and the link keep ${kept}, the last valid value.`);
    await expect(card(page, 'card-npv')).toHaveText(npv);
    await expect(link).toHaveValue(before);
    await page.waitForFunction((b) => new URL(location.href).searchParams.get('s') === new URL(b).searchParams.get('s'), before);
    // A usable value is taken at once.
    await field.fill('30');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await expect(card(page, 'card-npv')).not.toHaveText(npv);
    await field.fill(kept.replace(/[^0-9]/g, ''));
    await expect(card(page, 'card-npv')).toHaveText(npv);
  }
  await expectAccessible(page);
});

test('a shared link restores the exact scenario in a fresh browser', async ({ page, browser, baseURL }) => {
  await page.goto('/roi?lang=en');
  await page.getByLabel('Quotes a month').fill('55');
  await page.getByLabel('Also count extra orders (revenue lever)').uncheck();
  await page.locator('.segmented label', { hasText: 'Optimistic' }).click();
  const npv = await card(page, 'card-npv').textContent();
  const link = await page.getByLabel('Link to this scenario').inputValue();
  expect(link).toMatch(/qm55.*rv0.*vwo/);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('#card-npv .card__value')).toHaveText(npv);
  await expect(other.getByLabel('Quotes a month')).toHaveValue('55');
  await expect(other.getByRole('radio', { name: 'Optimistic' })).toBeChecked();
  await expect(other.getByLabel('Also count extra orders (revenue lever)')).not.toBeChecked();
  await fresh.close();
});

test('a tampered link restores what it can and says so', async ({ page }) => {
  await page.goto('/roi?lang=nl&s=v9_qm55_lp-20_zz%3Cscript%3E_hzabc');
  await expect(page.locator('#link-problems')).toContainText('deels onleesbaar');
  await expect(page.locator('#link-problems')).toContainText('4 onderdelen');
  await expect(page.getByLabel('Offertes per maand')).toHaveValue('55');
  await expect(page.getByLabel('Prijs per licentie per maand')).toHaveValue('30');
  await expect(card(page, 'card-npv')).toBeVisible();
});

test('saved scenarios survive a reload, can be renamed, compared and deleted', async ({ page }) => {
  await page.goto("/roi?lang=en");
  const save = (name) => saveScenario(page, name);
  await save('Base case');
  await page.getByLabel('Price per licence a month').fill('60');
  await save('Expensive licences');
  await page.reload();
  await expect(page.locator('.saved-item')).toHaveCount(2);

  await page.locator('.saved-item').nth(1).getByRole('button', { name: 'Rename' }).click();
  await page.locator('.saved-item').nth(1).locator('form.rename input').fill('Premium tier');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.locator('.saved-item').nth(1)).toContainText('Premium tier');

  await page.getByLabel('Compare: Base case').check();
  await page.getByLabel('Compare: Premium tier').check();
  const table = page.locator('table.compare');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'Base case', 'Premium tier']);
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('3%');

  await page.locator('.saved-item').first().getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Price per licence a month')).toHaveValue('30');
  await page.locator('.saved-item').first().getByRole('button', { name: 'Delete' }).click();
  await page.reload();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  await expect(page.locator('.saved-item')).toContainText('Premium tier');
});

// On a phone the scenarios side by side stay in view: each figure's name on a line of its own, the
// scenarios' values below it in the same places as their names above.
test('on a phone three scenarios compare without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/roi?lang=en');
  const save = (name) => saveScenario(page, name);
  await save('Base case for the board meeting in March');
  await page.getByLabel('Price per licence a month').fill('60');
  await save('Expensive licences');
  await page.getByLabel('Quotes a month').fill('125000');
  await save('A much larger company');
  for (const name of ['Base case for the board meeting in March', 'Expensive licences', 'A much larger company']) {
    await page.getByLabel(`Compare: ${name}`).check();
  }
  const table = page.locator('table.compare');
  await expect(table.locator('thead th')).toHaveCount(4);
  expect(await table.locator('xpath=..').evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  const names = await table.locator('thead th:not(:first-child)').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect()));
  const npv = table.locator('tbody tr').nth(1);
  await expect(npv.locator('th')).toHaveText('Net present value');
  const values = await npv.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
  for (const [i, value] of values.entries()) {
    expect(value.right, `value ${i + 1} in view`).toBeLessThanOrEqual(360);
    // Under its scenario's name.
    expect(Math.abs(value.left - names[i].left)).toBeLessThan(1);
    expect(Math.abs(value.width - names[i].width)).toBeLessThan(1);
  }
  await expect(npv.locator('td').nth(2)).toHaveText('€135,571,588');
  await expectAccessible(page);
});

test('corrupt storage is reported and kept aside, never silently deleted', async ({ page }) => {
  await page.goto('/over');
  await page.evaluate(() => localStorage.setItem('adoptieplanner.scenarios',
    'adoptieplanner-scenarios v1\nGoed\tv1_qm50\nkapot zonder tab\nSlecht\tv1_lp-9'));
  await page.goto('/roi?lang=nl');
  await expect(page.getByText('2 bewaarde onderdelen waren onleesbaar.')).toBeVisible();
  await expect(page.locator('.saved-item')).toHaveCount(1);
  const aside = await page.evaluate(() => localStorage.getItem('adoptieplanner.scenarios.onleesbaar'));
  expect(aside).toBe('kapot zonder tab\nSlecht\tv1_lp-9');
});

test('two tabs saving, renaming and deleting in turn keep every scenario not deleted', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/roi?lang=en');
  await other.goto('/roi?lang=en');
  await tookOver(other); // both tabs running before either changes anything
  const save = saveScenario;
  const names = (tab) => tab.locator('.saved-item .saved-item__name');
  await save(page, 'A from tab one');
  await save(other, 'B from tab two');
  await save(page, 'C from tab one');
  // The same name from the other tab is numbered, not written over.
  await save(other, 'A from tab one', 'A from tab one (2)');
  // Each tab follows the other through the storage event.
  await expect(names(page)).toHaveCount(4);
  await expect(names(other)).toHaveCount(4);

  await other.locator('.saved-item', { hasText: 'B from tab two' }).getByRole('button', { name: 'Rename' }).click();
  await other.locator('.saved-item', { hasText: 'B from tab two' }).locator('form.rename input').fill('B renamed');
  await other.getByRole('button', { name: 'Save name' }).click();
  await page.locator('.saved-item', { hasText: 'C from tab one' }).getByRole('button', { name: 'Delete' }).click();
  await save(other, 'D from tab two');

  const expected = ['A from tab one', 'B renamed', 'A from tab one (2)', 'D from tab two'];
  for (const tab of [page, other]) {
    await expect(names(tab)).toHaveCount(4);
    for (const name of expected) await expect(tab.locator('.saved-item', { hasText: name }).first()).toBeVisible();
  }
  await page.reload();
  await expect(names(page)).toHaveCount(4);
  await expect(page.locator('.saved-item', { hasText: 'C from tab one' })).toHaveCount(0);
  await other.close();
});

test('corrupt or oversized stored values never blank a page and are kept', async ({ page }) => {
  await page.goto('/over');
  const huge = 'x'.repeat(200_000);
  await page.evaluate((huge) => {
    localStorage.setItem('adoptieplanner.scenarios', `adoptieplanner-scenarios v2\nok\tGood\tv2_qm50\n${huge}`);
    localStorage.setItem('adoptieplanner.checklist', '{not ticks}');
    localStorage.setItem('adoptieplanner.lang', '\u0000<script>');
    localStorage.setItem('adoptieplanner.role', huge);
    localStorage.setItem('adoptieplanner.company', `\u0000<b>${huge}`);
  }, huge);
  await page.goto('/roi?lang=nl');
  await expect(page.locator('.saved-item')).toHaveCount(1);
  await expect(page.getByText('1 bewaarde onderdelen waren onleesbaar.')).toBeVisible();
  const aside = await page.evaluate(() => localStorage.getItem('adoptieplanner.scenarios.onleesbaar'));
  expect(aside).toBe(huge);
  for (const path of ['/', '/gids', '/gids/directie', '/roi', '/planning', '/over']) {
    await page.goto(`${path}?lang=nl`);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await expect(page.locator('body')).not.toContainText('NaN');
  // The company name field shows what a name can hold, and the materials use one clean line.
  await page.goto('/gids/directie?lang=nl');
  expect((await page.locator('#kit-company').inputValue()).length).toBe(80);
  await page.locator('details[data-material="kickoff"] summary').click();
  await expect(page.locator('#kit-text-kickoff')).toContainText('AI bij <b>xxxx');
  // Ticking a checklist item puts the unreadable ticks aside instead of writing over them.
  await page.goto('/gids/directie?lang=nl');
  await page.locator('.checklist input[type=checkbox]').first().check();
  const after = await page.evaluate(() => [
    localStorage.getItem('adoptieplanner.checklist'),
    localStorage.getItem('adoptieplanner.checklist.onleesbaar'),
  ]);
  expect(after[0]).toMatch(/^v1:/);
  expect(after[1].split('\n')).toContain('{not ticks}');
});

test('a full storage says so and keeps what is on screen', async ({ page }) => {
  await page.goto('/roi?lang=en');
  await page.getByLabel('Quotes a month').fill('55');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByLabel('Scenario name').fill('Will not fit');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText("Saving failed: this browser's storage is full or switched off.")).toBeVisible();
  await expect(page.getByLabel('Quotes a month')).toHaveValue('55');
  await expect(page.getByLabel('Scenario name')).toHaveValue('Will not fit');
});

test('the language chosen in one tab is followed by the other', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/roi?lang=nl');
  await other.goto('/gids?lang=nl');
  await tookOver(other); // both tabs running before either changes anything
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other).toHaveURL(/\/en\/guide\?lang=en$/);
  await other.close();
});

test('checklist ticks made in one tab show in the other', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/gids/directie?lang=nl');
  await other.goto('/gids/directie?lang=nl');
  await tookOver(other); // both tabs running before either changes anything
  const boxes = (tab) => tab.locator('.checklist input[type=checkbox]');
  await boxes(page).nth(0).check();
  await boxes(other).nth(1).check();
  for (const tab of [page, other]) {
    await expect(boxes(tab).nth(0)).toBeChecked();
    await expect(boxes(tab).nth(1)).toBeChecked();
  }
  await other.close();
});

test('the CSV download opens as a Dutch spreadsheet table', async ({ page }) => {
  await page.goto(`/roi?lang=nl&s=v2_${STANDARD_CALENDAR}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download tabel (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ai-adoptie-maanden.csv');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const csv = Buffer.concat(chunks).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(37);
  const header = lines[0].split(';');
  expect(header[0]).toBe('Maand');
  expect(header).toHaveLength(17);
  expect(header).toContain('Interne eigenaar');
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    expect(cells).toHaveLength(17);
    expect(cells[0]).toMatch(/^\d{4}-\d{2}$/);
    for (const cell of cells.slice(1)) expect(cell).toMatch(/^-?\d+(,\d+)?$/);
  }
  expect(lines[6].startsWith('2027-06;70,0;0;')).toBe(true);
});

test('print shows the one-page board summary', async ({ page }) => {
  await page.goto('/roi?lang=nl');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.roi-form')).toBeHidden();
  await expect(page.locator('.keep')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#card-npv')).toBeVisible();
  await expect(page.locator('.chart--cumulative')).toBeVisible();
  await expect(page.locator('.chart--tornado')).toBeHidden();
  await expect(page.locator('#roi-totals')).toContainText('contante baten');
  await expect(page.locator('.print-assumptions')).toContainText('Benutte tijdwinst');
  await expect(page.locator('.print-assumptions')).toBeVisible();
  await expect(page.locator('.print-assumptions')).toContainText('Brutomarge');
  expect(await printedSheets(page)).toBe(1);

  // With plausibility warnings (a very large company) the summary prints them, still on one sheet.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Offertes per maand').fill('90000');
  await expect(page.locator('.notice--warning li')).not.toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.notice--warning')).toBeVisible();
  expect(await printedSheets(page)).toBe(1);
});

test('the calculator is usable by keyboard and passes axe with every panel open', async ({ page }) => {
  await page.goto(`/roi?lang=nl&s=v2_${STANDARD_CALENDAR}`);
  await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await expect(page.locator('.month-table tbody tr')).toHaveCount(36);
  await expect(page.locator('.month-table tbody tr').nth(5).locator('td').first()).toHaveText('70\u00a0%');
  await expectAccessible(page);
  await page.getByLabel('Offertes per maand').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('80');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Uren werk per offerte')).toBeFocused();
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toContainText('Bijgewerkt: ROI');
});

test('the address is the state: a link to another scenario shows it, Back and Forward move between them, typing adds no step', async ({ page }) => {
  await page.goto('/roi?lang=en&s=v3_qm50');
  await tookOver(page);
  await expect(page.locator('#f-qm')).toHaveValue('50');
  const npvA = await page.locator('#card-npv .card__value').textContent();
  // An in-app link to scenario B's address (as the guide or a saved list would offer one).
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/roi?lang=en&s=v3_qm80';
    link.id = 'to-scenario-b';
    link.textContent = 'Scenario B';
    document.querySelector('main').append(link);
  });
  await page.locator('#to-scenario-b').click();
  await expect(page).toHaveURL(/s=v3_qm80/);
  await expect(page.locator('#f-qm')).toHaveValue('80');
  await expect(page.locator('#card-npv .card__value')).not.toHaveText(npvA ?? '');
  await page.goBack();
  await expect(page).toHaveURL(/s=v3_qm50/);
  await expect(page.locator('#f-qm')).toHaveValue('50');
  await expect(page.locator('#card-npv .card__value')).toHaveText(npvA ?? '');
  await page.goForward();
  await expect(page.locator('#f-qm')).toHaveValue('80');
  // Typing replaces the entry: the address follows, history does not grow, Back still goes to A.
  const steps = await page.evaluate(() => history.length);
  await page.locator('#f-qm').fill('81');
  await page.locator('#f-qm').blur();
  await expect(page).toHaveURL(/s=v3_qm81/);
  await page.locator('#f-qm').fill('82');
  await expect(page).toHaveURL(/s=v3_qm82/);
  expect(await page.evaluate(() => history.length)).toBe(steps);
  await expect(page.locator('#f-qm')).toHaveValue('82');
  await page.goBack();
  await expect(page.locator('#f-qm')).toHaveValue('50');

  // Loading a saved scenario is a step of its own: Back shows what was there before.
  await page.locator('#f-qm').fill('60');
  await expect(page).toHaveURL(/s=v3_qm60/);
  await saveScenario(page, 'Sixty');
  await page.locator('#f-qm').fill('70');
  await expect(page).toHaveURL(/s=v3_qm70/);
  await page.locator('.saved-item').filter({ hasText: 'Sixty' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('#f-qm')).toHaveValue('60');
  await expect(page).toHaveURL(/s=v3_qm60/);
  await page.goBack();
  await expect(page.locator('#f-qm')).toHaveValue('70');
});

// Chart text is at least the body's small size (14px) as rendered, on a phone and on a desktop,
// on the page and embedded in a host page's frame.
for (const [width, path] of [[360, '/roi'], [1280, '/en/roi'], [360, '/roi?embed=1']]) {
  test(`chart text is at least 14px as rendered at ${width} px (${path})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.locator('.chart--tornado svg text').first()).toBeVisible();
    // The charts redraw at the width they are shown at once they are on the page.
    await expect.poll(() => page.locator('.chart svg').evaluateAll((svgs) => svgs.every((svg) => Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 2))).toBe(true);
    const sizes = await renderedTextSizes(page.locator('.chart svg text'));
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter((s) => s.px < 13.9)).toEqual([]);
    expect(await chartTextsOffEdge(page)).toEqual([]);
  });
}
